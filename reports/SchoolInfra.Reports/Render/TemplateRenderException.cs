namespace SchoolInfra.Reports.Render;

/// <summary>
/// A report template could not be parsed or rendered. The message starts with the template file, line and
/// column (1-based), e.g. <c>governors.scriban:12:7: The variable or function `schol` was not found</c>.
/// Template errors are bugs in the templates, so this is an exception rather than a diagnostic.
/// </summary>
public sealed class TemplateRenderException : Exception
{
    public TemplateRenderException(string templateFile, int line, int column, string reason, Exception? innerException = null)
        : base($"{templateFile}:{line}:{column}: {reason}", innerException)
    {
        TemplateFile = templateFile;
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>The template's file name inside the templates folder, e.g. <c>_header.scriban</c>.</summary>
    public string TemplateFile { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>What went wrong, without the location.</summary>
    public string Reason { get; }
}
