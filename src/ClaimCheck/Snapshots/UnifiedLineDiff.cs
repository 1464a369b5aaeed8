using System.Globalization;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.Model;

namespace ClaimCheck.Snapshots;

/// <summary>A unified-style line diff ("- " old, "+ " new, "  " context, "@@" hunk headers) built on DiffPlex.</summary>
internal static class UnifiedLineDiff
{
    /// <summary>Appends the hunks that turn <paramref name="oldText"/> into <paramref name="newText"/>, at most <paramref name="maxLines"/> lines.</summary>
    internal static void Append(StringBuilder output, string oldText, string newText, int contextLines, int maxLines)
    {
        DiffResult diff = Differ.Instance.CreateDiffs(
            Normalize(oldText), Normalize(newText), ignoreWhiteSpace: false, ignoreCase: false, LineChunker.Instance);
        IList<DiffBlock> blocks = diff.DiffBlocks;
        if (blocks.Count == 0)
        {
            output.Append("  (no line differences)\n");
            return;
        }

        var writer = new HunkWriter(output, diff.PiecesOld, diff.PiecesNew, maxLines);
        int first = 0;
        while (first < blocks.Count && !writer.Full)
        {
            // Blocks whose context would touch or overlap share one hunk, as in diff -u.
            int last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - End(blocks[last]) <= 2 * contextLines)
            {
                last++;
            }

            writer.WriteHunk(blocks, first, last, contextLines);
            first = last + 1;
        }

        if (writer.Full)
        {
            output.Append("  ... (line diff cut short; compare the files themselves)\n");
        }
    }

    private static int End(DiffBlock block) => block.DeleteStartA + block.DeleteCountA;

    // Git may check a snapshot out with CRLF; line ends are no difference worth showing, nor is the final newline.
    private static string Normalize(string text)
    {
        string lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return lf.EndsWith('\n') ? lf[..^1] : lf;
    }

    private sealed class HunkWriter(StringBuilder output, IReadOnlyList<string> oldLines, IReadOnlyList<string> newLines, int maxLines)
    {
        private int _written;

        public bool Full => _written >= maxLines;

        public void WriteHunk(IList<DiffBlock> blocks, int first, int last, int contextLines)
        {
            DiffBlock head = blocks[first];
            DiffBlock tail = blocks[last];
            int startOld = Math.Max(0, head.DeleteStartA - contextLines);
            int startNew = head.InsertStartB - (head.DeleteStartA - startOld);
            int endOld = Math.Min(oldLines.Count, End(tail) + contextLines);
            int endNew = tail.InsertStartB + tail.InsertCountB + (endOld - End(tail));

            output.Append(CultureInfo.InvariantCulture, $"@@ -{startOld + 1},{endOld - startOld} +{startNew + 1},{endNew - startNew} @@\n");
            int line = startOld;
            for (int i = first; i <= last; i++)
            {
                DiffBlock block = blocks[i];
                for (; line < block.DeleteStartA; line++)
                {
                    Line("  ", oldLines[line]);
                }

                for (int d = 0; d < block.DeleteCountA; d++)
                {
                    Line("- ", oldLines[block.DeleteStartA + d]);
                }

                for (int n = 0; n < block.InsertCountB; n++)
                {
                    Line("+ ", newLines[block.InsertStartB + n]);
                }

                line = End(block);
            }

            for (; line < endOld; line++)
            {
                Line("  ", oldLines[line]);
            }
        }

        private void Line(string prefix, string text)
        {
            if (Full)
            {
                return;
            }

            output.Append(prefix).Append(text).Append('\n');
            _written++;
        }
    }
}
