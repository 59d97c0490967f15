namespace SchoolInfra.Reports.Model;

/// <summary>Training for one group (REV-05): "3 of 11", never added up across groups.</summary>
/// <param name="Group">The group, e.g. "Governors".</param>
/// <param name="Trained">"3 of 11".</param>
/// <param name="IsComplete">Everyone in the group was trained.</param>
public sealed record TrainingLine(string Group, string Trained, bool IsComplete);
