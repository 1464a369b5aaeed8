using System.Security.Cryptography;
using System.Text;

namespace CodeWorld.Corpus;

/// <summary>
/// Which split a file belongs to, decided by its path alone: numpy's files are the shifted split; a standard-library
/// file is held out when the first eight bytes of the SHA-256 of its path, read as a little-endian integer, are
/// 0 modulo <see cref="HeldOutModulus"/>, else training. A file's split never depends on its content or on the
/// other files, so adding or removing a file moves no other file between splits.
/// </summary>
public static class SplitAssignment
{
    /// <summary>One standard-library file in this many (on average) is held out.</summary>
    public const int HeldOutModulus = 5;

    /// <summary>The split of the file at <paramref name="path"/>, installed by <paramref name="package"/>.</summary>
    public static CodeSplit SplitOf(string path, string package)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!CorpusSources.IsStdlib(package))
        {
            return CodeSplit.Shifted;
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(path));
        ulong value = BitConverter.ToUInt64(hash, 0);
        return value % HeldOutModulus == 0 ? CodeSplit.HeldOut : CodeSplit.Training;
    }
}
