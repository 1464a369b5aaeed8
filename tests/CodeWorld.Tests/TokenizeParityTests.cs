using System.Diagnostics;
using System.Text.Json;
using CodeWorld.Corpus;
using CodeWorld.Lexing;
using NUnit.Framework;

namespace CodeWorld.Tests;

/// <summary>
/// The lexer against Python's own <c>tokenize</c> module (<c>reference/tokenize_labels.py</c>, run by Debian's
/// python3) on every file of the corpus: the class of every character (string, comment, name, keyword, number,
/// other), its bracket depth, and the indentation level at the first token of every logical line. Without python3
/// the test is ignored, except under <c>CI=true</c>, where it fails.
/// </summary>
/// <remarks>
/// By default it checks every held-out file and every fifth other file in path order (about a third of the corpus,
/// a few seconds); <c>CODEWORLD_PARITY_ALL=1</c> checks all of them (about 8 million characters; they all agreed
/// when the world was built).
/// </remarks>
public class TokenizeParityTests
{
    // CLAIMCHECK_PYTHON when set (the only one tried then); else python3 on PATH, then Debian's own interpreter.
    private static string[] Interpreters =>
        Environment.GetEnvironmentVariable("CLAIMCHECK_PYTHON") is { Length: > 0 } chosen ? [chosen] : ["python3", "/usr/bin/python3"];

    [Test]
    public void The_lexer_labels_every_corpus_file_as_pythons_tokenizer_does()
    {
        bool all = Environment.GetEnvironmentVariable("CODEWORLD_PARITY_ALL") == "1";
        CodeDocument[] documents = [.. CodeCorpus.Committed.Documents.Where((d, i) => all || d.Split == CodeSplit.HeldOut || i % 5 == 0)];
        var byPath = documents.ToDictionary(d => d.Path, StringComparer.Ordinal);
        string output = RunTokenizer(documents.Select(d => d.Path));

        var mismatches = new List<string>();
        int checkedFiles = 0;
        long checkedCharacters = 0;
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            string path = json.RootElement.GetProperty("path").GetString()!;
            string expectedClasses = json.RootElement.GetProperty("classes").GetString()!;
            string expectedDepths = json.RootElement.GetProperty("depths").GetString()!;
            LexedText lexed = PythonLexer.Lex(byPath[path].Text);
            string classes = LexerTests.ClassString(lexed);
            string depths = new([.. lexed.BracketDepths.Select(d => (char)('0' + d))]);
            checkedFiles++;
            checkedCharacters += lexed.Length;

            if (FirstDifference(classes, expectedClasses) is int c)
            {
                mismatches.Add($"{path}: class at {Where(lexed, c)}: lexer '{At(classes, c)}', tokenize '{At(expectedClasses, c)}' in {Excerpt(lexed.Text, c)}");
            }

            if (FirstDifference(depths, expectedDepths) is int d)
            {
                mismatches.Add($"{path}: bracket depth at {Where(lexed, d)}: lexer {At(depths, d) - '0'}, tokenize {At(expectedDepths, d) - '0'} in {Excerpt(lexed.Text, d)}");
            }

            foreach (JsonElement pair in json.RootElement.GetProperty("indents").EnumerateArray())
            {
                int offset = pair[0].GetInt32(), level = pair[1].GetInt32();
                if (lexed.IndentLevels[offset] != level)
                {
                    mismatches.Add($"{path}: indentation level at {Where(lexed, offset)}: lexer {lexed.IndentLevels[offset]}, tokenize {level}");
                    break;
                }
            }
        }

        TestContext.Progress.WriteLine($"tokenize parity: {checkedFiles} files, {checkedCharacters:N0} characters");
        Assert.That(checkedFiles, Is.EqualTo(documents.Length), "the tokenizer script answered for fewer files than it was given");
        Assert.That(mismatches, Is.Empty);
    }

    private static int? FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return a.Length == b.Length ? null : n;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '∅';

    private static string Where(LexedText lexed, int i) =>
        i < lexed.Length ? $"offset {i} (column {lexed.Columns[i]})" : $"offset {i} (past the end)";

    private static string Excerpt(string text, int i)
    {
        int start = Math.Max(0, i - 30);
        return JsonSerializer.Serialize(text[start..Math.Min(text.Length, i + 30)]);
    }

    private static string RunTokenizer(IEnumerable<string> paths)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "reference", "tokenize_labels.py");
        var tried = new List<string>();
        foreach (string python in Interpreters)
        {
            var start = new ProcessStartInfo(python)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(script);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                tried.Add($"{python}: {e.Message}");
                continue;
            }

            using (process)
            {
                Task<string> stdout = process.StandardOutput.ReadToEndAsync();
                Task<string> stderr = process.StandardError.ReadToEndAsync();
                foreach (string path in paths)
                {
                    process.StandardInput.WriteLine(path);
                }

                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
                {
                    process.Kill(entireProcessTree: true);
                    Assert.Fail($"{python} {script} did not finish within 3 minutes");
                }

                // python3 is there, so a failing script is a defect of the test, never a reason to skip it.
                Assert.That(process.ExitCode, Is.Zero, $"{python} {script} failed:\n{stderr.Result}");
                return stdout.Result;
            }
        }

        string message = $"the tokenize parity test needs python3 ({string.Join("; ", tried)}); install it with: apt-get install python3";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true: " + message);
        }

        Assert.Ignore(message);
        return string.Empty;
    }
}
