namespace SchoolInfra.Reports.Model;

/// <summary>What a control's result rests on, strongest first. Declared settings never count as checked.</summary>
public enum ControlBasis
{
    /// <summary>Its rule read the live systems (a refresh or a tenant read).</summary>
    Live,

    /// <summary>Its rule read the school's dated records, and no live read was needed or made.</summary>
    Records,

    /// <summary>Only the school's settings: what it asked for, not proof that it is in place.</summary>
    Settings,

    /// <summary>Nothing: the control has no finding, or its finding has no evidence.</summary>
    None,
}
