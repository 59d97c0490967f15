using System.Runtime.Serialization;

namespace SchoolInfra.Core.Model.Devices;

/// <summary>Data types of an Intune custom-compliance rule; config names are the rules file's own words.</summary>
public enum ComplianceDataType
{
    Boolean,
    [EnumMember(Value = "int64")]
    WholeNumber,
    [EnumMember(Value = "double")]
    DecimalNumber,
    [EnumMember(Value = "string")]
    Text,
    DateTime,
    Version,
}
