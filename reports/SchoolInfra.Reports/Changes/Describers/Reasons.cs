using SchoolInfra.Reports.Text;

namespace SchoolInfra.Reports.Changes.Describers;

/// <summary>How a summary quotes the reason given for an exception or a waiver: the approver is agreeing to it.</summary>
internal static class Reasons
{
    /// <summary>Reason: "Year 6 film-making unit ..." (one line, ending with a full stop), unless it may name a person
    /// (<see cref="ReasonScreen"/>, the governors' report's screen).</summary>
    public static string Given(ReasonScreen screen, string reason)
    {
        var shown = screen.Screen(reason);
        return shown == ReasonScreen.Withheld || string.IsNullOrWhiteSpace(reason) ? shown : $"Reason: \"{shown.TrimEnd('.')}\".";
    }
}
