using System.Runtime.Serialization;

namespace SchoolInfra.Core.Model.School;

/// <summary>The Entra ID licence level, as Microsoft writes it.</summary>
public enum EntraLicence
{
    [EnumMember(Value = "Free")]
    Free,
    [EnumMember(Value = "P1")]
    P1,
    [EnumMember(Value = "P2")]
    P2,
}
