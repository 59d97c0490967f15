using SchoolInfra.Policy.Evaluation;

namespace SchoolInfra.Policy.Rules.RolesReviews;

/// <summary>How many people in one group were trained, out of how many (REV-05): counts only, never names.</summary>
public sealed record TrainingCount(int Trained, int Of)
{
    /// <summary>"3 of 11 governors".</summary>
    public string Describe(string group) => $"{Wording.Number(Trained)} of {Wording.Number(Of)} {group}";
}
