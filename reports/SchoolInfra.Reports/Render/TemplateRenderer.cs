using System.Collections.Concurrent;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SchoolInfra.Reports.Render;

/// <summary>
/// Renders the Scriban templates of one folder (normally <c>reports/templates</c>). The model is a plain tree:
/// a C# record (members exposed in snake_case, <c>SchoolName</c> as <c>school_name</c>), a dictionary or a
/// <see cref="ScriptObject"/>. Misspelt variables and members fail instead of printing blank, loops are bounded,
/// templates may <c>include</c> partials from the same folder, and output always has LF line endings and
/// exactly one final newline. Besides Scriban's built-ins, <c>markdown.escape</c> escapes a value for Markdown.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>Iterations allowed per loop nest: far above any real report, low enough to stop a runaway loop.</summary>
    public const int DefaultLoopLimit = 10_000;

    private readonly TemplateFolderLoader _loader;
    private readonly int _loopLimit;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public TemplateRenderer(string templateFolder, int loopLimit = DefaultLoopLimit)
    {
        ArgumentNullException.ThrowIfNull(templateFolder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(loopLimit);
        if (!Directory.Exists(templateFolder))
        {
            throw new DirectoryNotFoundException($"Template folder {templateFolder} does not exist.");
        }

        _loader = new TemplateFolderLoader(Path.GetFullPath(templateFolder));
        _loopLimit = loopLimit;
    }

    public string TemplateFolder => _loader.Folder;

    /// <summary>Renders <paramref name="templateName"/> (e.g. <c>governors</c> or <c>governors.scriban</c>).</summary>
    /// <exception cref="TemplateRenderException">The template or a partial has a syntax error, names a variable or
    /// member the model does not have, or exceeds the loop limit.</exception>
    public string Render(string templateName, object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var fileName = TemplateFolderLoader.ToFileName(templateName);
        var template = _parsed.GetOrAdd(fileName, Parse);
        var context = CreateContext(model);
        try
        {
            return NormaliseLineEndings(template.Render(context));
        }
        catch (ScriptParserRuntimeException e) when (e.ParserMessages.Any(m => m.Type == ParserMessageType.Error))
        {
            // A syntax error in an included partial: point at the partial, not at the include.
            throw FromMessages(e.ParserMessages, e);
        }
        catch (ScriptRuntimeException e)
        {
            var reason = e.InnerException is null ? e.OriginalMessage : $"{e.OriginalMessage}: {e.InnerException.Message}";
            throw new TemplateRenderException(FileOf(e.Span, fileName), e.Span.Start.Line + 1, e.Span.Start.Column + 1, reason, e);
        }
    }

    private Template Parse(string fileName)
    {
        var template = Template.Parse(_loader.Read(fileName), fileName);
        return template.HasErrors ? throw FromMessages(template.Messages, null) : template;
    }

    private TemplateContext CreateContext(object model)
    {
        var context = new TemplateContext
        {
            StrictVariables = true,
            // Without this a misspelt member (control.stauts) prints blank instead of failing.
            EnableRelaxedMemberAccess = false,
            LoopLimit = _loopLimit,
            TemplateLoader = _loader,
            MemberRenamer = StandardMemberRenamer.Default,
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        // Reports take their dates from the model (the injected clock), never from the machine: same input, same bytes.
        if (context.BuiltinObject["date"] is ScriptObject dateFunctions)
        {
            dateFunctions.Remove("now");
        }

        // markdown.escape: the Markdown counterpart of html.escape, for the change summary.
        var markdown = new ScriptObject();
        markdown.Import("escape", new Func<string?, string>(MarkdownText.Escape));
        context.PushGlobal(new ScriptObject { ["markdown"] = markdown });

        var globals = new ScriptObject();
        globals.Import(model, renamer: StandardMemberRenamer.Default);
        context.PushGlobal(globals);
        return context;
    }

    private static TemplateRenderException FromMessages(IEnumerable<LogMessage> messages, Exception? inner)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        var first = errors[0];
        var reason = string.Join("\n", errors.Select((m, i) => i == 0
            ? m.Message
            : $"{m.Span.FileName}:{m.Span.Start.Line + 1}:{m.Span.Start.Column + 1}: {m.Message}"));
        return new TemplateRenderException(first.Span.FileName, first.Span.Start.Line + 1, first.Span.Start.Column + 1, reason, inner);
    }

    private static string FileOf(SourceSpan span, string fallback) =>
        string.IsNullOrEmpty(span.FileName) ? fallback : span.FileName;

    private static string NormaliseLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimEnd('\n') + "\n";
}
