using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClaimCheck.Capture;

/// <summary>
/// Projects every row of a row-major float matrix onto many directions at once, with exactly the arithmetic of
/// <see cref="ActivationMatrix.Project"/>: per row and direction, the products (double)x·(double)d summed in unit order
/// in double, then divided by the direction's norm. Only the bookkeeping differs: four rows and twelve directions share
/// each pass over the units (twelve independent sums per row, in SIMD lanes, instead of one long dependency chain), so
/// the results are bit for bit those of one <see cref="ActivationMatrix.Project"/> per direction, at any thread count.
/// </summary>
internal static class BlockProjection
{
    /// <summary>Directions per register block: three vectors of four doubles.</summary>
    private const int Lanes = 12;

    /// <summary>Rows per register block.</summary>
    private const int RowBlock = 4;

    /// <summary>Rows per task: the directions' block stays in cache while this many rows pass over it.</summary>
    private const int RowsPerTask = 256;

    /// <summary>
    /// The projections of the <paramref name="rows"/> × <paramref name="units"/> matrix <paramref name="values"/> onto
    /// directions [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) of the row-major
    /// <paramref name="directions"/>: projection of row r onto direction first + d at [d·rows + r].
    /// </summary>
    public static double[] Project(float[] values, int rows, int units, float[] directions, int first, int count)
    {
        var projections = new double[(long)count * rows];
        ProjectInto(values, rows, units, directions, first, count, projections, rows, 0);
        return projections;
    }

    /// <summary>
    /// As <see cref="Project"/>, for a block of <paramref name="rows"/> rows that starts at row <paramref name="rowOffset"/>
    /// of a matrix of <paramref name="totalRows"/> rows: projection of the block's row r onto direction first + d goes to
    /// [d·<paramref name="totalRows"/> + <paramref name="rowOffset"/> + r] of <paramref name="projections"/>, so a matrix
    /// read block by block (from disk) fills the same array, bit for bit, as one held in memory.
    /// </summary>
    public static void ProjectInto(float[] values, int rows, int units, float[] directions, int first, int count, double[] projections, int totalRows, int rowOffset) =>
        ProjectInto(values, rows, Pack(directions, units, first, count), projections, totalRows, rowOffset);

    /// <summary>
    /// Directions [<paramref name="first"/>, <paramref name="first"/> + <paramref name="count"/>) of the row-major
    /// <paramref name="directions"/> laid out for the passes (twelve side by side per unit) with their norms: packed once
    /// for a matrix read block by block, not once per block.
    /// </summary>
    public static PackedDirections Pack(float[] directions, int units, int first, int count)
    {
        int groups = (count + Lanes - 1) / Lanes;
        // Group-major, unit-major inside a group: the twelve components a pass needs at unit u lie side by side. Padding
        // directions are zero and their sums are thrown away.
        var packed = new double[(long)groups * units * Lanes];
        var norms = new double[count];
        for (int d = 0; d < count; d++)
        {
            ReadOnlySpan<float> direction = directions.AsSpan((first + d) * units, units);
            double norm = 0;
            foreach (float component in direction)
            {
                norm += (double)component * component;
            }

            norms[d] = Math.Sqrt(norm);
            int group = d / Lanes, lane = d % Lanes;
            for (int u = 0; u < units; u++)
            {
                packed[(((long)group * units) + u) * Lanes + lane] = direction[u];
            }
        }

        return new PackedDirections(packed, norms, groups, count, units);
    }

    /// <summary>As the other overload, with the directions already packed.</summary>
    public static void ProjectInto(float[] values, int rows, PackedDirections directions, double[] projections, int totalRows, int rowOffset)
    {
        (double[] packed, double[] norms, int groups, int count, int units) = directions;
        int tasks = (rows + RowsPerTask - 1) / RowsPerTask;
        Parallel.For(0, tasks, task =>
        {
            int start = task * RowsPerTask;
            int end = Math.Min(rows, start + RowsPerTask);
            var sums = new double[RowBlock * Lanes];
            for (int group = 0; group < groups; group++)
            {
                ReadOnlySpan<double> block = packed.AsSpan((int)((long)group * units * Lanes), units * Lanes);
                for (int row = start; row < end; row += RowBlock)
                {
                    int height = Math.Min(RowBlock, end - row);
                    if (height == RowBlock && Vector256.IsHardwareAccelerated)
                    {
                        SumFourRows(values, row, units, block, sums);
                    }
                    else
                    {
                        SumRows(values, row, height, units, block, sums);
                    }

                    for (int r = 0; r < height; r++)
                    {
                        for (int lane = 0; lane < Lanes; lane++)
                        {
                            int d = (group * Lanes) + lane;
                            if (d < count)
                            {
                                projections[((long)d * totalRows) + rowOffset + row + r] = sums[(r * Lanes) + lane] / norms[d];
                            }
                        }
                    }
                }
            }
        });
    }

    // Four rows × twelve directions in twelve vector sums, each rounding once per unit as the scalar loop does. (The
    // product of two floats is exact in double, so a fused multiply-add would round the same; the tests check the bits.)
    // The loads go through references rather than span indexers: the bounds are those of the caller's spans, checked
    // once here, not on every component.
    private static void SumFourRows(float[] values, int row, int units, ReadOnlySpan<double> block, double[] sums)
    {
        if (block.Length < units * Lanes || values.Length < (row + RowBlock) * units || sums.Length < RowBlock * Lanes)
        {
            throw new ArgumentException("the block, the rows or the sums are too short");
        }

        ref float r0 = ref values[row * units];
        ref float r1 = ref Unsafe.Add(ref r0, units);
        ref float r2 = ref Unsafe.Add(ref r1, units);
        ref float r3 = ref Unsafe.Add(ref r2, units);
        ref double d = ref MemoryMarshal.GetReference(block);
        Vector256<double> a0 = default, a1 = default, a2 = default;
        Vector256<double> b0 = default, b1 = default, b2 = default;
        Vector256<double> c0 = default, c1 = default, c2 = default;
        Vector256<double> e0 = default, e1 = default, e2 = default;
        for (nuint u = 0, at = 0; u < (nuint)units; u++, at += Lanes)
        {
            Vector256<double> d0 = Vector256.LoadUnsafe(ref d, at);
            Vector256<double> d1 = Vector256.LoadUnsafe(ref d, at + 4);
            Vector256<double> d2 = Vector256.LoadUnsafe(ref d, at + 8);
            Vector256<double> x = Vector256.Create((double)Unsafe.Add(ref r0, u));
            a0 += x * d0;
            a1 += x * d1;
            a2 += x * d2;
            x = Vector256.Create((double)Unsafe.Add(ref r1, u));
            b0 += x * d0;
            b1 += x * d1;
            b2 += x * d2;
            x = Vector256.Create((double)Unsafe.Add(ref r2, u));
            c0 += x * d0;
            c1 += x * d1;
            c2 += x * d2;
            x = Vector256.Create((double)Unsafe.Add(ref r3, u));
            e0 += x * d0;
            e1 += x * d1;
            e2 += x * d2;
        }

        ref double s = ref sums[0];
        a0.StoreUnsafe(ref s, 0);
        a1.StoreUnsafe(ref s, 4);
        a2.StoreUnsafe(ref s, 8);
        b0.StoreUnsafe(ref s, 12);
        b1.StoreUnsafe(ref s, 16);
        b2.StoreUnsafe(ref s, 20);
        c0.StoreUnsafe(ref s, 24);
        c1.StoreUnsafe(ref s, 28);
        c2.StoreUnsafe(ref s, 32);
        e0.StoreUnsafe(ref s, 36);
        e1.StoreUnsafe(ref s, 40);
        e2.StoreUnsafe(ref s, 44);
    }

    // The plain loop, for the last rows of a task and for machines without 256-bit vectors.
    private static void SumRows(float[] values, int row, int height, int units, ReadOnlySpan<double> block, double[] sums)
    {
        for (int r = 0; r < height; r++)
        {
            ReadOnlySpan<float> x = values.AsSpan((row + r) * units, units);
            for (int lane = 0; lane < Lanes; lane++)
            {
                double sum = 0;
                for (int u = 0; u < units; u++)
                {
                    sum += (double)x[u] * block[(u * Lanes) + lane];
                }

                sums[(r * Lanes) + lane] = sum;
            }
        }
    }
}

/// <summary>Directions packed for <see cref="BlockProjection"/>'s passes, with their norms.</summary>
internal sealed record PackedDirections(double[] Packed, double[] Norms, int Groups, int Count, int Units);
