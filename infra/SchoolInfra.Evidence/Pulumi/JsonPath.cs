using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace SchoolInfra.Evidence.Pulumi;

/// <summary>
/// Where a value sits inside one JSON document: the byte offset where the document starts in the file (engine-event
/// files hold many documents) and the property names and list indexes down to the value. Turned into a line and
/// column only when a diagnostic needs one, so reading stays fast.
/// </summary>
internal sealed record JsonPath(int DocumentOffset, ImmutableArray<object> Segments)
{
    public static JsonPath Root(int documentOffset = 0) => new(documentOffset, []);

    public JsonPath Property(string name) => this with { Segments = Segments.Add(name) };

    public JsonPath Index(int index) => this with { Segments = Segments.Add(index) };

    /// <summary>The last property name on the path, for messages.</summary>
    public string LastName => Segments.OfType<string>().LastOrDefault() ?? "the document";

    public override string ToString()
    {
        var sb = new StringBuilder("$");
        foreach (var segment in Segments)
        {
            _ = segment is int i ? sb.Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append(']') : sb.Append('.').Append(segment);
        }

        return sb.ToString();
    }
}
