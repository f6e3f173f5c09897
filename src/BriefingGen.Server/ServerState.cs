using BriefingGen.Server.Packs;
using BriefingGen.Server.Work;

namespace BriefingGen.Server;

/// <summary>What every request shares: the options, the packs with their engines, the two work lanes and the preview cache.</summary>
internal sealed class ServerState(ServerOptions options, PackCatalog packs)
{
    /// <summary>How the service was started.</summary>
    public ServerOptions Options { get; } = options;

    /// <summary>The packs offered, each with its engine.</summary>
    public PackCatalog Packs { get; } = packs;

    /// <summary>The lane previews and renders queue in.</summary>
    public RenderGate Renders { get; } = new(options.MaxConcurrentRenders, options.MaxQueuedRenders);

    /// <summary>The lane validations queue in: quick work, kept apart so typing stays answered while pages are laid out.</summary>
    public RenderGate Validations { get; } = new(options.MaxConcurrentValidations, options.MaxQueuedValidations);

    /// <summary>Recent previews, by pack and data.</summary>
    public AnswerCache Previews { get; } = new(options.PreviewCacheEntries, options.PreviewCacheBytes);

    /// <summary>Recent validations, by pack and data.</summary>
    public AnswerCache ValidationAnswers { get; } = new(options.ValidationCacheEntries, options.ValidationCacheBytes);
}
