using System.Collections.Immutable;
using SchoolInfra.Core.Diagnostics;

namespace SchoolInfra.Policy.Rules;

/// <summary>
/// Every rule, found by reflection over the <see cref="IRule"/> classes of this assembly: adding a rule class is
/// all it takes for the catalogue to find it, so two people can add rules without touching a shared list.
/// </summary>
public sealed class RuleRegistry
{
    private RuleRegistry(ImmutableSortedDictionary<string, IRule> rules) => Rules = rules;

    public ImmutableSortedDictionary<string, IRule> Rules { get; }

    public static RuleRegistry Of(IEnumerable<IRule> rules, DiagnosticBag diagnostics)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, IRule>(StringComparer.Ordinal);
        foreach (var rule in rules.OrderBy(r => r.GetType().FullName, StringComparer.Ordinal))
        {
            if (builder.TryGetValue(rule.Id, out var first))
            {
                diagnostics.Add(PolicyDiagnostics.DuplicateRule(rule.Id, first.GetType().Name, rule.GetType().Name));
                continue;
            }

            builder[rule.Id] = rule;
        }

        return new RuleRegistry(builder.ToImmutable());
    }

    /// <summary>The rule classes of this assembly: public or internal, not abstract, with a parameterless constructor.</summary>
    public static RuleRegistry Discover(DiagnosticBag diagnostics) => Of(
        typeof(IRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRule)(Activator.CreateInstance(t) ?? throw new InvalidOperationException($"Cannot create {t.Name}."))),
        diagnostics);

    public IRule? Find(string id) => Rules.GetValueOrDefault(id);
}
