
namespace SchoolInfra.Core.Model.Identity;

public enum BreakGlassCredential
{
    Fido2,
    Passphrase,
}
