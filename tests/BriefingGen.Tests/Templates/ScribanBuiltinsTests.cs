using BriefingGen.Compose.Builtins;
using Scriban;
using Scriban.Runtime;

namespace BriefingGen.Tests.Templates;

/// <summary>
/// The built-in functions wired to Scriban's methods print what Scriban's own, made through
/// reflection, print — for the same arguments, left-out defaults, named arguments, nothing passed
/// and arguments of the wrong kind — and the members not wired are Scriban's own, made on first use.
/// </summary>
public class ScribanBuiltinsTests
{
    public static TheoryData<string> Expressions =>
    [
        // string
        "'ab' | string.append 'cd'", "nil | string.append 'x'", "'hello world' | string.capitalize",
        "'hello' | string.contains 'ell'", "'hello' | string.contains nil", "'HeLLo' | string.downcase",
        "'' | string.empty", "' ' | string.empty", "nil | string.empty", "'hello' | string.ends_with 'lo'",
        "'b' | string.prepend 'a'", "'a-b-c' | string.replace '-' '+'", "'héllo' | string.size", "42 | string.size",
        "'hello' | string.slice 1", "'hello' | string.slice 1 2", "'hello' | string.slice 1 length: 2", "'hello' | string.slice 9",
        "'hello' | string.slice1 1", "'hello' | string.slice1 1 3", "'hello' | string.slice1 0 length: 2", "'ABC' | string.slice1 -1",
        "'a,b,,c' | string.split ','", "'hello' | string.starts_with 'he'", "'  x  ' | string.strip",
        "'a long sentence' | string.truncate 6", "'a long sentence' | string.truncate 6 '~'", "'a long sentence' | string.truncate 6 ellipsis: '!'",
        "'hello' | string.upcase", "nil | string.upcase", "12.5 | string.upcase", "'  ' | string.whitespace", "'x' | string.whitespace",
        "'hello' | string.slice 'x'", "string.upcase",

        // object
        "nil | object.default 'none'", "'' | object.default 'none'", "'x' | object.default 'none'",
        "1 | object.typeof", "1.5 | object.typeof", "'s' | object.typeof", "[1] | object.typeof", "{a: 1} | object.typeof", "nil | object.typeof", "true | object.typeof",

        // array
        "[1, nil, 2] | array.compact", "nil | array.compact", "[1, 2] | array.contains 2", "['1', 2] | array.contains 1",
        "[1, 2, 3] | array.filter @(do; ret $0 > 1; end)", "[3, 1] | array.first", "[] | array.first", "nil | array.first",
        "[1, 2, 3] | array.join ', '", "[1, 2] | array.join '-' @(do; ret $0 * 10; end)", "[1, 2, 3] | array.last",
        "[1, 2, 3] | array.limit 2", "[{a: 1}, {a: 2}] | array.map 'a'", "[1, 2, 3] | array.offset 1", "[1, 2, 3] | array.reverse",
        "[1, 2, 3] | array.size", "nil | array.size", "'abc' | array.size", "[3, 1, 2] | array.sort", "[{a: 2}, {a: 1}] | array.sort 'a' | array.map 'a'",
        "[1, 1, 2] | array.uniq", "[1, 2] | array.limit 'x'",

        // members not wired: Scriban's own
        "math.round 2.567 2", "date.parse '2026-12-03' | date.to_string '%Y'", "'<b>' | html.escape", "regex.escape 'a.b'",
        "'abc' | string.pad_left 5", "[1, 2] | array.cycle", "{a: 1} | object.keys",
    ];

    [Theory]
    [MemberData(nameof(Expressions))]
    public void A_built_in_prints_what_Scribans_own_prints(string expression)
    {
        var template = Template.Parse("{{ " + expression + " }}");
        Assert.False(template.HasErrors, string.Join("; ", template.Messages));

        Assert.Equal(Outcome(template, new TemplateContext()), Outcome(template, Ours()));
    }

    [Theory]
    [InlineData("'hello' | string.upcase", "= HELLO")]
    [InlineData("'hello' | string.slice 1 length: 2", "= el")]
    [InlineData("[1, nil, 2] | array.compact | array.join '+'", "= 1+2")]
    [InlineData("'hello' | string.slice 'x'", "! Unable to convert type `string` to int")]
    public void The_comparison_sees_results_and_errors(string expression, string outcome) =>
        Assert.Equal(outcome, Outcome(Template.Parse("{{ " + expression + " }}"), Ours()));

    [Fact]
    public void Every_wired_function_is_one_of_Scribans_with_the_same_parameters()
    {
        var scribans = new Dictionary<string, ScriptObject>
        {
            ["string"] = new Scriban.Functions.StringFunctions(),
            ["object"] = new Scriban.Functions.ObjectFunctions(),
            ["array"] = new Scriban.Functions.ArrayFunctions(),
        };
        var wired = 0;
        foreach (var (name, own) in scribans)
        {
            var ours = name == "array" ? ScribanBuiltins.Array : (ScriptObject)ScribanBuiltins.Shared[name]!;
            foreach (var (member, value) in ours)
            {
                if (value is not WiredFunction function)
                {
                    continue;
                }

                wired++;
                var original = Assert.IsAssignableFrom<IScriptCustomFunction>(own[member]);
                Assert.Equal(Signature(original), Signature(function));
            }
        }

        Assert.True(wired >= 30, $"{wired} wired functions");
    }

    [Fact]
    public void Scribans_own_object_is_made_once_and_only_when_a_member_not_wired_is_named()
    {
        var made = 0;
        var date = new BuiltinObject(() =>
        {
            Interlocked.Increment(ref made);
            return new Scriban.Functions.DateTimeFunctions();
        }).With(("wired", new WiredFunction(_ => "w")));
        var context = new TemplateContext(new ScriptObject { ["date"] = date });

        Assert.Equal("w", Template.Parse("{{ date.wired }}").Render(context));
        Assert.Equal(0, made);

        Parallel.For(0, 8, _ => Assert.Equal("2026", Template.Parse("{{ date.parse '2026-12-03' | date.to_string '%Y' }}").Render(new TemplateContext(new ScriptObject { ["date"] = date }))));
        Assert.Equal(1, made);
    }

    [Fact]
    public void Every_template_run_shares_one_read_only_set()
    {
        Assert.Same(ScribanBuiltins.Shared, Ours().BuiltinObject);
        Assert.True(ScribanBuiltins.Shared.IsReadOnly);
        Assert.All(ScribanBuiltins.Shared, member => Assert.True(member.Value is not ScriptObject { IsReadOnly: false }, member.Key));
    }

    private static TemplateContext Ours() => new(ScribanBuiltins.Shared);

    /// <summary>What the template prints, or the error it stops with.</summary>
    private static string Outcome(Template template, TemplateContext context)
    {
        try
        {
            return "= " + template.Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException e)
        {
            return "! " + e.OriginalMessage;
        }
    }

    private static string Signature(IScriptCustomFunction function) =>
        $"{function.RequiredParameterCount}/{function.ParameterCount}: " + string.Join(", ", Enumerable.Range(0, function.ParameterCount).Select(i =>
        {
            var p = function.GetParameterInfo(i);
            return p.HasDefaultValue ? $"{p.Name} = {p.DefaultValue ?? "null"}" : p.Name;
        }));
}
