using SchoolInfra.Evidence.Observe;
using SchoolInfra.Evidence.Observe.Http;
using Spectre.Console;

namespace SchoolInfra.Cli.Output;

/// <summary>
/// Progress of a tenant read on a terminal (stderr): one live table row per area, updated as areas start, finish or
/// wait to retry. Spectre.Console redraws it in place; stdout is never touched.
/// </summary>
public sealed class TerminalObserveProgress : IObserveProgress
{
    private readonly Lock _lock = new();
    private readonly Table _table = new();
    private readonly Dictionary<ObservedArea, int> _rows = [];
    private Action _refresh = () => { };

    public TerminalObserveProgress()
    {
        _table.Border(TableBorder.Rounded).AddColumn("Area").AddColumn("State");
        foreach (var area in Enum.GetValues<ObservedArea>())
        {
            _rows[area] = _table.Rows.Count;
            _table.AddRow(Markup.Escape(AreaWords.Of(area)), "[grey]waiting[/]");
        }
    }

    /// <summary>Runs <paramref name="work"/> while the table is shown live on <paramref name="error"/>.</summary>
    public async Task<T> ShowWhileAsync<T>(TextWriter error, Func<Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error), Interactive = InteractionSupport.Yes });
        var result = default(T);
        await console.Live(_table).StartAsync(async context =>
        {
            _refresh = context.Refresh;
            result = await work().ConfigureAwait(false);
        }).ConfigureAwait(false);
        return result ?? throw new InvalidOperationException("The read returned nothing.");
    }

    public void Started(ObservedArea area) => Set(area, "[blue]reading...[/]");

    public void Finished(AreaRead read) => Set(read.Area, read.State switch
    {
        ReadState.Complete => $"[green]{Markup.Escape(ObserveProgressText.State(read))}[/]",
        ReadState.NotUsed => $"[grey]{Markup.Escape(ObserveProgressText.State(read))}[/]",
        _ => $"[red]{Markup.Escape(ObserveProgressText.State(read))}[/]",
    });

    public void Retrying(RetryNotice notice)
    {
        lock (_lock)
        {
            _table.Caption($"[yellow]{Markup.Escape(ObserveProgressText.Retry(notice))}[/]");
        }

        _refresh();
    }

    private void Set(ObservedArea area, string markup)
    {
        lock (_lock)
        {
            _table.UpdateCell(_rows[area], 1, new Markup(markup));
        }

        _refresh();
    }
}
