using System.Collections.Immutable;

namespace SchoolInfra.Reports.Model;

/// <summary>Backups as governors need them: the 3-2-1 rule, each copy, what is backed up and the latest evidence.</summary>
/// <param name="Declared">The school has declared its backups.</param>
/// <param name="RuleMet">The declared copies meet 3-2-1 with an offline copy.</param>
/// <param name="Rule">The counts in a sentence, and whether the rule is met.</param>
/// <param name="Copies">Each backup copy.</param>
/// <param name="Sources">What is backed up, and where.</param>
/// <param name="LastSuccessfulBackup">From the live systems; "Not yet checked against the live systems." until then.</param>
/// <param name="LastRestoreTest">From the school's records.</param>
public sealed record BackupSection(
    bool Declared,
    bool RuleMet,
    string Rule,
    ImmutableArray<BackupCopyLine> Copies,
    ImmutableArray<BackupSourceLine> Sources,
    string LastSuccessfulBackup,
    string LastRestoreTest);
