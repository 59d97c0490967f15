
namespace SchoolInfra.Core.Model.Filtering;

/// <summary>UK Safer Internet Centre "inappropriate content" categories (2024), then circumvention and optional extras.</summary>
public enum ContentCategory
{
    Discrimination,
    DrugsSubstanceAbuse,
    Extremism,
    Gambling,
    HateSpeech,
    MalwareHacking,
    Pornography,
    PiracyCopyrightTheft,
    SelfHarm,
    Violence,
    ProxyAndVpn,
    SocialMedia,
    Chat,
    Games,
    Dating,
    Weapons,
    Alcohol,
}
