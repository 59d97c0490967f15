using System.Collections.Immutable;
using SchoolInfra.Core.Model.School;
using SchoolInfra.Policy.Catalogue;

namespace SchoolInfra.Reports.Model;

/// <summary>
/// One change found on the live systems (one drift item: a resource or live object changed, deleted, added or unread
/// outside the approved process), with every control it leaves not met. The report says it once, as one action, and
/// the controls' cards point to that action instead of repeating it.
/// </summary>
/// <param name="Key">Names it among the report's changes, e.g. <c>live-change-1</c>; its action carries the same key.</param>
/// <param name="Label">What kind of change, e.g. "Changed outside the approved process".</param>
/// <param name="Text">What changed, which controls it affects and what applying the approved settings again does, in plain sentences.</param>
/// <param name="Controls">The controls it leaves not met (or without live evidence), in catalogue order.</param>
/// <param name="WhoActs">Who puts it right.</param>
/// <param name="Severity">The highest importance among those controls.</param>
/// <param name="Order">The catalogue position of its first control, for sorting among the other actions.</param>
internal sealed record LiveChange(
    string Key,
    string Label,
    string Text,
    ImmutableArray<string> Controls,
    SchoolRole WhoActs,
    ControlSeverity Severity,
    int Order);
