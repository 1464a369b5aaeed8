using ClaimCheck.Diagnostics;

namespace ClaimCheck.Targets;

/// <summary>Checks an audit target's data before any claim uses it.</summary>
internal static class SplitChecks
{
    /// <summary>
    /// Requires at least one held-out split, no empty split, unique split names, and no example shared between the
    /// discovery split and a held-out one (by document where both name documents, else by content hash): overlap would let a label "generalize" to data it was
    /// formed on.
    /// </summary>
    public static void RequireUsable(AuditTarget target)
    {
        IReadOnlyList<DataSplit> splits = target.Splits;
        if (target.HeldOutSplits.Count == 0)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit, $"the audit target '{target.Name}' has no held-out split");
        }

        DataSplit? empty = splits.FirstOrDefault(s => s.Count == 0);
        if (empty is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit, $"split '{empty.Name}' of '{target.Name}' is empty");
        }

        string? duplicate = splits.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ClaimCheckException(DiagnosticIds.MissingSplit, $"two splits of '{target.Name}' are named '{duplicate}'");
        }

        DataSplit? discovery = target.Discovery;
        if (discovery is null)
        {
            return;
        }

        foreach (DataSplit heldOut in target.HeldOutSplits)
        {
            // Documents, not examples, are the unit of splitting where splits name them: two windows of different files
            // may well be equal (a line of spaces), and two windows of one file must never be on both sides.
            if (heldOut.Documents is { } heldOutDocuments && discovery.Documents is { } discoveryDocuments)
            {
                var shared = heldOutDocuments.Intersect(discoveryDocuments, StringComparer.Ordinal).ToArray();
                if (shared.Length > 0)
                {
                    throw new ClaimCheckException(DiagnosticIds.OverlappingSplits,
                        $"{shared.Length} {(shared.Length == 1 ? "document is" : "documents are")} in both held-out split '{heldOut.Name}' and discovery split '{discovery.Name}' "
                        + $"(the first: '{shared[0]}'); documents, not examples, are the unit of splitting, so a held-out document must be one the claim was not formed on");
                }

                continue;
            }

            if (SplitOverlap.Between(heldOut, discovery) is { } overlap)
            {
                throw new ClaimCheckException(DiagnosticIds.OverlappingSplits,
                    $"{overlap.Shared} of the {heldOut.Count} examples of held-out split '{heldOut.Name}' also appear in discovery split '{discovery.Name}' "
                    + $"({overlap.Describe($"'{heldOut.Name}'", $"'{discovery.Name}'")}); held-out data must be data the claim was not formed on");
            }
        }
    }
}
