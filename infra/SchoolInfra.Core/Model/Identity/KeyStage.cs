using System.Runtime.Serialization;

namespace SchoolInfra.Core.Model.Identity;

public enum KeyStage
{
    [EnumMember(Value = "EYFS")]
    Eyfs,
    [EnumMember(Value = "KS1")]
    Ks1,
    [EnumMember(Value = "LKS2")]
    LowerKs2,
    [EnumMember(Value = "UKS2")]
    UpperKs2,
    [EnumMember(Value = "KS3")]
    Ks3,
    [EnumMember(Value = "KS4")]
    Ks4,
    [EnumMember(Value = "KS5")]
    Ks5,
}
