namespace Efus.Cms.Web.Cli;

/// <summary>A command-line verb with its arguments; <see cref="HostArgs"/> go to the host's configuration.</summary>
public sealed record CliCommand(string Verb, IReadOnlyList<string> Arguments, IReadOnlySet<string> Flags, string[] HostArgs)
{
    public static IReadOnlyList<string> Verbs { get; } = ["import", "export", "reindex", "reset", "user", "token"];

    /// <summary>
    /// Splits <c>import FILE --skip-unsupported --Cms:DataPath=x</c> into the verb, its arguments and flags,
    /// and the configuration arguments (<c>--key=value</c>) that the host understands. Null when no verb is given.
    /// </summary>
    public static CliCommand? Parse(string[] args)
    {
        if (args.Length == 0 || !Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var arguments = new List<string>();
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hostArgs = new List<string>();
        foreach (var arg in args.Skip(1))
        {
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))
            {
                hostArgs.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                flags.Add(arg[2..]);
            }
            else
            {
                arguments.Add(arg);
            }
        }

        return new CliCommand(args[0].ToLowerInvariant(), arguments, flags, [.. hostArgs]);
    }
}
