namespace SchoolInfra.Reports.Model;

/// <summary>A technical word the report keeps, with what it means.</summary>
public sealed record GlossaryEntry(string Term, string Meaning);
