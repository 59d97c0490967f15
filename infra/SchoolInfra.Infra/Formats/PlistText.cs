namespace SchoolInfra.Infra.Formats;

public sealed record PlistText(string Value) : PlistValue;
