namespace BriefingGen.Html.Mail;

/// <summary>
/// The user name and password for the mail server. They come from a file (user on the first line,
/// password on the second) or from the environment, never from the command line, where other
/// users of the machine could read them in the process list.
/// </summary>
/// <param name="User">The user name.</param>
/// <param name="Password">The password.</param>
public sealed record SmtpCredentials(string User, string Password)
{
    /// <summary>The variable that holds the user name.</summary>
    public const string UserVariable = "BRIEFGEN_SMTP_USER";

    /// <summary>The variable that holds the password.</summary>
    public const string PasswordVariable = "BRIEFGEN_SMTP_PASSWORD";

    /// <summary>
    /// The credentials from <paramref name="file"/> when given, else from the environment, else none;
    /// <paramref name="error"/> says what is wrong with a file that cannot be used.
    /// </summary>
    public static SmtpCredentials? Find(string? file, Func<string, string?> environment, out string? error)
    {
        error = null;
        if (file is not null)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error = $"--smtp-credentials-file: cannot read {file}: {e.Message}";
                return null;
            }

            if (lines.Length < 2 || lines[0].Trim().Length == 0 || lines[1].Length == 0)
            {
                error = $"--smtp-credentials-file: {file} must hold the user name on its first line and the password on its second";
                return null;
            }

            return new SmtpCredentials(lines[0].Trim(), lines[1].TrimEnd('\r'));
        }

        var user = environment(UserVariable);
        var password = environment(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(user))
        {
            error = $"{PasswordVariable} is set but {UserVariable} is not; set both, or neither";
            return null;
        }

        return new SmtpCredentials(user.Trim(), password);
    }
}
