namespace SchoolInfra.Core.Model.Identity;

/// <summary>
/// Where staff accounts and their passwords are mastered (PWD-01). Entra cloud-only passwords have a fixed
/// minimum of 8 characters; a longer minimum can only be enforced by AD DS (fine-grained password policy) or
/// another identity provider.
/// </summary>
public enum StaffAccountSource
{
    Cloud,
    AdDs,
    OtherIdentityProvider,
}
