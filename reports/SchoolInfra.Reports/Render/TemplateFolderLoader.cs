using System.Text.RegularExpressions;
using SchoolInfra.Core.IO;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace SchoolInfra.Reports.Render;

/// <summary>
/// Resolves <c>include '_header'</c> to <c>_header.scriban</c> in the templates folder. Names are plain file names
/// (lower case, digits, <c>_</c>, <c>-</c>, <c>.</c>): a template can never reach outside its folder.
/// </summary>
internal sealed partial class TemplateFolderLoader(string folder) : ITemplateLoader
{
    public const string Extension = ".scriban";

    // Templates are read like every other file (Core's safe reader), bounded by their own folder.
    private readonly SafeFileReader _reader = new(folder);

    public string Folder { get; } = folder;

    /// <summary>The template's file name for a name given with or without the <c>.scriban</c> extension.</summary>
    public static string ToFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!TemplateName().IsMatch(name) || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Template name \"{name}\" is not a plain lower-case file name such as \"governors\" or \"_header\".", nameof(name));
        }

        return name.EndsWith(Extension, StringComparison.Ordinal) ? name : name + Extension;
    }

    /// <summary>Reads a template by file name; a missing or refused file is a template error naming the file.</summary>
    public string Read(string fileName)
    {
        var diagnostics = new SchoolInfra.Core.Diagnostics.DiagnosticBag();
        return _reader.ReadText(Path.Combine(Folder, fileName), fileName, diagnostics)
            ?? throw new TemplateRenderException(fileName, 1, 1, diagnostics.ToSortedArray().Select(d => d.Message).FirstOrDefault() ?? "it cannot be read");
    }

    // The path Scriban caches by and reports in error spans: the file name only, so messages do not
    // depend on where the repository is checked out.
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => ToFileName(templateName);

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Read(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Read(templatePath));

    [GeneratedRegex("^_?[a-z0-9][a-z0-9_.-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TemplateName();
}
