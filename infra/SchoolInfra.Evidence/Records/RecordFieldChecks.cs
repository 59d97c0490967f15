using System.Collections.Immutable;
using System.Globalization;
using SchoolInfra.Core.Config;
using SchoolInfra.Core.Diagnostics;
using SchoolInfra.Core.Yaml;

namespace SchoolInfra.Evidence.Records;

/// <summary>
/// Sane values in the record fields that rules interpret: closed sets of words (a restore test passes or fails,
/// never "maybe"), yes/no fields, times taken above zero, counts not below zero, percentages 0 to 100, and dates
/// written as YYYY-MM-DD that exist. A field that is absent is left to the rule that needs it.
/// </summary>
internal static class RecordFieldChecks
{
    private static readonly string[] Flags = ["true", "false", "yes", "no"];

    private static readonly ImmutableDictionary<RecordKind, ImmutableArray<FieldRule>> Rules = new Dictionary<RecordKind, ImmutableArray<FieldRule>>
    {
        [RecordKind.RestoreTest] = [Choice("result", "pass", "fail"), Choice("scope", "files", "system", "mailbox"), Number("minutes", 1, 100_000)],
        [RecordKind.BoundaryDevice] = [Choice("adminInterface", "none", "mfa", "ipAllowList"), Choice("physicallySecured", Flags)],
        [RecordKind.FmCheck] =
        [
            Choice("tests[].childAbuse", "blocked", "allowed"), Choice("tests[].terrorism", "blocked", "allowed"),
            Choice("tests[].adult", "blocked", "allowed"), Choice("monitoringAlertReachedDsl", Flags),
        ],
        [RecordKind.Training] =
        [
            Number("groups[].trained", 0, 10_000), Number("groups[].of", 0, 10_000), Number("newStarters", 0, 10_000),
            Number("newStartersTrainedWithin30Days", 0, 10_000),
        ],
        [RecordKind.IncidentLog] =
        [
            Choice("noIncidents", Flags), Choice("incidents[].personalDataBreach", Flags), Choice("incidents[].sessionsRevoked", Flags),
            Number("incidents[].passwordResetWithinHours", 0, 100_000),
        ],
        [RecordKind.RiskAssessment] = [Choice("cyberOnRiskRegister", Flags)],
        [RecordKind.ContinuityTest] = [Choice("cabinetsSecured", Flags), Choice("offlinePlanCopy", Flags)],
        [RecordKind.LicenceReconciliation] =
            [Choice("consumedWithinPrepaid", Flags), Choice("osEndOfSupportRecorded", Flags)],
        [RecordKind.ProviderAttestation] = [Number("staffPasswordMinLength", 1, 256), Number("logRetentionDays", 1, 100_000)],
    }.ToImmutableDictionary();

    public static void Check(RecordKind kind, SourceMapping record, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules.GetValueOrDefault(kind, []))
        {
            foreach (var (field, value) in Values(record, rule.Field))
            {
                rule.Apply(field, value, diagnostics);
            }
        }

        // The record's own date is checked by the loader.
        foreach (var entry in record.Entries.Where(e => e.Key.Text != "date"))
        {
            CheckDates(entry.Value, entry.Key.Text, diagnostics);
        }
    }

    /// <summary>Every scalar that looks like a date (four digits, dash, two, dash, two) must be a real date.</summary>
    private static void CheckDates(SourceNode node, string field, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case SourceScalar { IsNull: false } scalar when LooksLikeDate(scalar.Text) && !IsoDate.TryParse(scalar.Text, out _):
                diagnostics.Add(RecordDiagnostics.RecordBadDate(scalar.Span, field, scalar.Text));
                break;
            case SourceSequence list:
                foreach (var item in list.Items)
                {
                    CheckDates(item, field, diagnostics);
                }

                break;
            case SourceMapping mapping:
                foreach (var entry in mapping.Entries)
                {
                    CheckDates(entry.Value, entry.Key.Text, diagnostics);
                }

                break;
            default:
                break;
        }
    }

    private static bool LooksLikeDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);

    /// <summary>The scalars a field path names: <c>minutes</c>, or <c>tests[].adult</c> for a field of each list item.</summary>
    private static IEnumerable<(string Field, SourceScalar Value)> Values(SourceMapping record, string path)
    {
        var list = path.IndexOf("[].", StringComparison.Ordinal);
        if (list < 0)
        {
            return record[path] is SourceScalar { IsNull: false } scalar ? [(path, scalar)] : [];
        }

        var field = path[(list + 3)..];
        return record[path[..list]] is SourceSequence items
            ? items.Items.OfType<SourceMapping>().Select(i => i[field]).OfType<SourceScalar>().Where(s => !s.IsNull).Select(s => (field, s))
            : [];
    }

    private static FieldRule Choice(string field, params string[] allowed) => new(field, (name, value, diagnostics) =>
    {
        if (!allowed.Contains(value.Text, StringComparer.OrdinalIgnoreCase))
        {
            diagnostics.Add(RecordDiagnostics.RecordValueNotAllowed(value.Span, name, value.Text, string.Join(", ", allowed)));
        }
    });

    private static FieldRule Number(string field, int minimum, int maximum) => new(field, (name, value, diagnostics) =>
    {
        if (!int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < minimum || number > maximum)
        {
            var allowed = minimum == 1 ? "a whole number above 0" : maximum == 100 ? "a whole number from 0 to 100" : "a whole number, 0 or more";
            diagnostics.Add(RecordDiagnostics.RecordNumberOutOfRange(value.Span, name, $"\"{value.Text}\"", allowed));
        }
    });

    private sealed record FieldRule(string Field, Action<string, SourceScalar, DiagnosticBag> Apply);
}
