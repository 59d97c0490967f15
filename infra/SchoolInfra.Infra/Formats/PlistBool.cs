namespace SchoolInfra.Infra.Formats;

public sealed record PlistBool(bool Value) : PlistValue;
