using System.Text;
using Spectre.Console;

namespace ClaimCheck.Cli.Output;

/// <summary>A text writer onto the console, so System.CommandLine's help goes where everything else goes.</summary>
internal sealed class ConsoleTextWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => console.Write(new Text(value.ToString()));

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            console.Write(new Text(value));
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        console.WriteLine();
    }
}
