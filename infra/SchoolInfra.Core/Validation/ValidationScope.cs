namespace SchoolInfra.Core.Validation;

/// <summary>How deep validation goes.</summary>
public enum ValidationScope
{
    /// <summary>Everything, including parsing baseline scripts with the PowerShell parser (<c>validate</c>, CI).</summary>
    Full,

    /// <summary>
    /// What the compiler needs: everything but the script parse, which loads PowerShell and would triple the start-up
    /// of a compiler that Pulumi runs at least twice per operation. Script files must still exist.
    /// </summary>
    Compile,
}
