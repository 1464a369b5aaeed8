// Compiled twice: by MSBuild's RoslynCodeTaskFactory as the PatchTorchSharpNative task (see ClaimCheck.Native.targets),
// and by the test project with CLAIMCHECK_PATCHER_TESTS defined, which leaves out the MSBuild task wrapper.
//
// Why this exists: TorchSharp 0.107.0's libLibTorchSharp.so was linked against gcc 13's libstdc++ and so lists
// a need for version GLIBCXX_3.4.32. The only symbol bound to that version is _ZSt21ios_base_library_initv,
// a link anchor that no relocation refers to, so it is never resolved. Debian 12's libstdc++ stops at 3.4.30 and
// glibc refuses to load the library. Marking that one version need weak (VER_FLG_WEAK, ELF gABI) turns the
// loader's hard failure into nothing at all, and changes nothing on hosts that do provide the version.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ClaimCheck.Build
{
    /// <summary>What <see cref="ElfVersionNeedPatcher.MarkVersionNeedWeak"/> did to a file.</summary>
    public enum VersionNeedPatchOutcome
    {
        /// <summary>The version need was found and marked weak.</summary>
        Patched,
        /// <summary>The version need was already weak; the file was left as it was.</summary>
        AlreadyWeak,
        /// <summary>The file does not list that version need; the file was left as it was.</summary>
        NotNeeded,
    }

    /// <summary>Reads and edits the version-need table (.gnu.version_r) of a 64-bit little-endian ELF file.</summary>
    public static class ElfVersionNeedPatcher
    {
        private const ushort VerFlagWeak = 0x2;
        private const uint SectionTypeVersionNeed = 0x6ffffffe;

        /// <summary>Marks the need for <paramref name="versionName"/> weak, in place.</summary>
        /// <exception cref="InvalidDataException">The file is not a 64-bit little-endian ELF file or its tables are malformed.</exception>
        public static VersionNeedPatchOutcome MarkVersionNeedWeak(string path, string versionName)
        {
            byte[] bytes = File.ReadAllBytes(path);
            VersionNeedPatchOutcome outcome = MarkVersionNeedWeak(bytes, versionName);
            if (outcome == VersionNeedPatchOutcome.Patched)
            {
                // Write beside the target and rename over it, so that a failed write never leaves half a library.
                string temporary = path + ".claimcheck-tmp";
                File.WriteAllBytes(temporary, bytes);
                File.Replace(temporary, path, destinationBackupFileName: null);
            }

            return outcome;
        }

        /// <summary>Marks the need for <paramref name="versionName"/> weak in an in-memory copy of an ELF file.</summary>
        public static VersionNeedPatchOutcome MarkVersionNeedWeak(byte[] elf, string versionName)
        {
            foreach (VersionNeed need in ReadVersionNeeds(elf))
            {
                if (need.Name != versionName)
                {
                    continue;
                }

                if ((need.Flags & VerFlagWeak) != 0)
                {
                    return VersionNeedPatchOutcome.AlreadyWeak;
                }

                WriteUInt16(elf, need.FlagsOffset, (ushort)(need.Flags | VerFlagWeak));
                return VersionNeedPatchOutcome.Patched;
            }

            return VersionNeedPatchOutcome.NotNeeded;
        }

        /// <summary>Lists every version need of the file: the library it is needed from, its name and its flags.</summary>
        public static IReadOnlyList<VersionNeed> ReadVersionNeeds(byte[] elf)
        {
            if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
            {
                throw new InvalidDataException("not an ELF file");
            }

            if (elf[4] != 2 || elf[5] != 1)
            {
                throw new InvalidDataException("only 64-bit little-endian ELF files are supported");
            }

            ulong sectionTableOffset = ReadUInt64(elf, 0x28);
            int sectionEntrySize = ReadUInt16(elf, 0x3A);
            int sectionCount = ReadUInt16(elf, 0x3C);
            var needs = new List<VersionNeed>();
            for (int i = 0; i < sectionCount; i++)
            {
                int header = Checked(sectionTableOffset + (ulong)(i * sectionEntrySize), 64, elf);
                if (ReadUInt32(elf, header + 4) != SectionTypeVersionNeed)
                {
                    continue;
                }

                int tableOffset = Checked(ReadUInt64(elf, header + 0x18), 16, elf);
                int linkedStrings = (int)ReadUInt32(elf, header + 0x28);
                int stringsHeader = Checked(sectionTableOffset + (ulong)(linkedStrings * sectionEntrySize), 64, elf);
                int stringsOffset = Checked(ReadUInt64(elf, stringsHeader + 0x18), 1, elf);
                ReadNeedEntries(elf, tableOffset, stringsOffset, needs);
            }

            return needs;
        }

        private static void ReadNeedEntries(byte[] elf, int entry, int strings, List<VersionNeed> needs)
        {
            // Elf64_Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
            // Elf64_Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
            for (int guard = 0; guard < 4096; guard++)
            {
                Checked((ulong)entry, 16, elf);
                int count = ReadUInt16(elf, entry + 2);
                string file = ReadString(elf, strings + (int)ReadUInt32(elf, entry + 4));
                int aux = entry + (int)ReadUInt32(elf, entry + 8);
                for (int j = 0; j < count; j++)
                {
                    Checked((ulong)aux, 16, elf);
                    ushort flags = ReadUInt16(elf, aux + 4);
                    string name = ReadString(elf, strings + (int)ReadUInt32(elf, aux + 8));
                    needs.Add(new VersionNeed(file, name, flags, aux + 4));
                    int nextAux = (int)ReadUInt32(elf, aux + 12);
                    if (nextAux == 0)
                    {
                        break;
                    }

                    aux += nextAux;
                }

                int next = (int)ReadUInt32(elf, entry + 12);
                if (next == 0)
                {
                    return;
                }

                entry += next;
            }

            throw new InvalidDataException("version-need table does not end");
        }

        /// <summary>Whether a shared library defines <paramref name="versionName"/> (e.g. the host's libstdc++).</summary>
        /// <remarks>Version names sit NUL-terminated in the dynamic string table, so a byte search is exact enough
        /// and needs no parsing of the definition table.</remarks>
        public static bool LibraryMentionsVersion(string libraryPath, string versionName)
        {
            byte[] bytes = File.ReadAllBytes(libraryPath);
            byte[] needle = Encoding.ASCII.GetBytes(versionName + "\0");
            // RoslynCodeTaskFactory compiles against netstandard2.0, which has no span search; a plain scan is fine
            // for a one-off look at a few megabytes.
            for (int start = Array.IndexOf(bytes, needle[0]); start >= 0; start = Array.IndexOf(bytes, needle[0], start + 1))
            {
                int k = 1;
                while (k < needle.Length && start + k < bytes.Length && bytes[start + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Length)
                {
                    return true;
                }
            }

            return false;
        }

        private static int Checked(ulong offset, int length, byte[] elf)
        {
            if (offset + (ulong)length > (ulong)elf.Length)
            {
                throw new InvalidDataException($"offset {offset} lies outside the file ({elf.Length} bytes)");
            }

            return (int)offset;
        }

        private static string ReadString(byte[] elf, int offset)
        {
            Checked((ulong)offset, 1, elf);
            int end = Array.IndexOf(elf, (byte)0, offset);
            if (end < 0)
            {
                throw new InvalidDataException("unterminated string");
            }

            return Encoding.ASCII.GetString(elf, offset, end - offset);
        }

        private static ushort ReadUInt16(byte[] b, int o) => (ushort)(b[o] | (b[o + 1] << 8));

        private static uint ReadUInt32(byte[] b, int o) => (uint)(b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24));

        private static ulong ReadUInt64(byte[] b, int o) => ReadUInt32(b, o) | ((ulong)ReadUInt32(b, o + 4) << 32);

        private static void WriteUInt16(byte[] b, int o, ushort value)
        {
            b[o] = (byte)value;
            b[o + 1] = (byte)(value >> 8);
        }
    }

    /// <summary>One entry of an ELF version-need table.</summary>
    public sealed class VersionNeed
    {
        /// <summary>Creates an entry.</summary>
        public VersionNeed(string file, string name, ushort flags, int flagsOffset)
        {
            File = file;
            Name = name;
            Flags = flags;
            FlagsOffset = flagsOffset;
        }

        /// <summary>The library the version is needed from, e.g. libstdc++.so.6.</summary>
        public string File { get; }

        /// <summary>The version name, e.g. GLIBCXX_3.4.32.</summary>
        public string Name { get; }

        /// <summary>vna_flags; bit 0x2 is VER_FLG_WEAK.</summary>
        public ushort Flags { get; }

        /// <summary>Where vna_flags sits in the file.</summary>
        public int FlagsOffset { get; }

        /// <summary>Whether the loader treats a missing version as a warning rather than an error.</summary>
        public bool IsWeak => (Flags & 0x2) != 0;
    }

#if !CLAIMCHECK_PATCHER_TESTS
    /// <summary>MSBuild task: marks TorchSharp's GLIBCXX_3.4.32 need weak in copied native libraries when the host lacks it.</summary>
    public sealed class PatchTorchSharpNative : Microsoft.Build.Utilities.Task
    {
        private static readonly string[] LibStdCxxCandidates =
        {
            "/usr/lib/x86_64-linux-gnu/libstdc++.so.6",
            "/lib/x86_64-linux-gnu/libstdc++.so.6",
            "/usr/lib/aarch64-linux-gnu/libstdc++.so.6",
            "/usr/lib64/libstdc++.so.6",
            "/usr/lib/libstdc++.so.6",
        };

        /// <summary>The copied native libraries to consider.</summary>
        [Microsoft.Build.Framework.Required]
        public Microsoft.Build.Framework.ITaskItem[] Libraries { get; set; } = Array.Empty<Microsoft.Build.Framework.ITaskItem>();

        /// <summary>The version whose need is made weak.</summary>
        public string VersionName { get; set; } = "GLIBCXX_3.4.32";

        /// <summary>Optional path of the host's libstdc++ (overrides the search).</summary>
        public string HostLibStdCxx { get; set; } = string.Empty;

        /// <inheritdoc />
        public override bool Execute()
        {
            string host = HostLibStdCxx;
            if (string.IsNullOrEmpty(host))
            {
                host = Array.Find(LibStdCxxCandidates, File.Exists) ?? string.Empty;
            }

            if (host.Length > 0 && ElfVersionNeedPatcher.LibraryMentionsVersion(host, VersionName))
            {
                Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Low, $"ClaimCheck: {host} provides {VersionName}; TorchSharp native libraries left unchanged.");
                return true;
            }

            foreach (Microsoft.Build.Framework.ITaskItem item in Libraries)
            {
                string path = item.ItemSpec;
                if (!File.Exists(path))
                {
                    continue;
                }

                try
                {
                    VersionNeedPatchOutcome outcome = ElfVersionNeedPatcher.MarkVersionNeedWeak(path, VersionName);
                    Log.LogMessage(Microsoft.Build.Framework.MessageImportance.Normal, $"ClaimCheck: {path}: {VersionName} need {outcome}.");
                }
                catch (InvalidDataException e)
                {
                    Log.LogWarning($"ClaimCheck: could not patch {path}: {e.Message}");
                }
            }

            return true;
        }
    }
#endif
}
