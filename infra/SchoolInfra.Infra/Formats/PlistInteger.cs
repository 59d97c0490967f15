namespace SchoolInfra.Infra.Formats;

public sealed record PlistInteger(long Value) : PlistValue;
