namespace SchoolInfra.Infra.Build;

/// <summary>Builds one domain's resources from the config. Pure: reads the context, adds to it.</summary>
public interface IDomainBuilder
{
    void Build(BuildContext context);
}
