using ClaimCheck.Capture;
using ClaimCheck.Claims;
using ClaimCheck.Data;
using ClaimCheck.Evidence.Ablation;
using ClaimCheck.Targets;
using ClaimCheck.Weights;
using NUnit.Framework;
using static TorchSharp.torch;

namespace ClaimCheck.Parity;

/// <summary>
/// Weights trained in PyTorch mean the same model in ClaimCheck: the state_dict PyTorch 1.13 saved loads bit for bit
/// through <see cref="ModelWeights"/>, and outputs, activations and zero- and mean-ablation effects computed by ClaimCheck's own
/// capture and ablation passes match PyTorch's forward hooks within 1e-5.
/// </summary>
public class PyTorchParityTests
{
    private static string WeightsFile => PyTorchReference.File("weights.safetensors");

    private static ReferenceTensors Reference => new(PyTorchReference.File("reference.safetensors"));

    private static nn.Module<Tensor, Tensor> LoadedModel()
    {
        nn.Module<Tensor, Tensor> model = ParityNet.Create();
        ModelWeights.Load(model, WeightsFile);
        model.eval();
        return model;
    }

    // The inputs as a user would give them: numpy's inputs.npy and the label columns of labels.csv (NumpyFilesTests
    // checks they are PyTorch's inputs to the bit).
    private static ParityTarget Target(nn.Module<Tensor, Tensor> model) =>
        new(model, SplitFiles.Load("reference", SplitRole.HeldOut, PyTorchReference.File("inputs.npy"), PyTorchReference.File("labels.csv"), "class0", "first_positive"));

    [Test]
    public void Every_tensor_PyTorch_saved_loads_bit_identical()
    {
        var file = new ReferenceTensors(WeightsFile);
        using nn.Module<Tensor, Tensor> model = ParityNet.Create();

        WeightsReport report = ModelWeights.Load(model, WeightsFile);

        Dictionary<string, Tensor> state = model.state_dict();
        Assert.That(state.Keys, Is.EquivalentTo(file.Names), "the TorchSharp twin has other state-dict names than PyTorch's model");
        Assert.That(report.Tensors, Is.EqualTo(state.Count));
        Assert.That(report.Conversions, Is.Empty, "PyTorch's float32 and int64 tensors need no conversion");
        Assert.Multiple(() =>
        {
            foreach ((string name, Tensor value) in state)
            {
                Assert.That(value.dtype, Is.EqualTo(StoredDtype.FromSafetensors(file.Dtype(name))!.Type), name);
                Assert.That(value.shape, Is.EqualTo(file.Shape(name)), name);
                Assert.That(value.detach().cpu().contiguous().bytes.ToArray(), Is.EqualTo(file.Bytes(name)), $"{name} is not bit-identical");
            }
        });
        TestContext.Progress.WriteLine($"parity with PyTorch: {state.Count} tensors bit-identical ({string.Join(", ", state.Keys)})");
    }

    [Test]
    public void Outputs_match_PyTorch()
    {
        ReferenceTensors reference = Reference;
        using nn.Module<Tensor, Tensor> model = LoadedModel();

        float[] outputs = BatchedForward.Map(model, reference.Floats("inputs"), ParityNet.ExampleShape, outputWidth: 3, model.call);

        Figures.AssertClose("outputs [64, 3]", outputs, reference.Floats("outputs"));
    }

    [Test]
    public void Without_the_weights_the_outputs_do_not_match()
    {
        // The control: a model that kept its own random initialisation is far from PyTorch's outputs, so the comparison
        // above can fail.
        ReferenceTensors reference = Reference;
        using nn.Module<Tensor, Tensor> model = ParityNet.Create();

        float[] outputs = BatchedForward.Map(model, reference.Floats("inputs"), ParityNet.ExampleShape, outputWidth: 3, model.call);

        Assert.That(Figures.MaxAbsDifference(outputs, reference.Floats("outputs")), Is.GreaterThan(100 * Figures.Tolerance));
    }

    [Test]
    public void Activations_captured_by_ClaimCheck_match_a_PyTorch_forward_hook()
    {
        ReferenceTensors reference = Reference;
        using ParityTarget target = Target(LoadedModel());

        float[] hidden = target.Activations.Get(target.Inputs, "act", Reduction.Mean).ToArray();
        float[] channelMax = target.Activations.Get(target.Inputs, "conv_act", Reduction.Max).ToArray();

        Figures.AssertClose("activations of 'act' [64, 16]", hidden, reference.Floats("activations.act"));
        Figures.AssertClose("activations of 'conv_act', max over positions [64, 4]", channelMax, MaxOverLastDimension(reference, "activations.conv_act"));
    }

    [Test]
    public void A_whole_conv_layer_output_matches_a_PyTorch_forward_hook()
    {
        ReferenceTensors reference = Reference;
        using ParityTarget target = Target(LoadedModel());
        target.Prepare();
        using var passes = new ForwardPasses(target, "conv_act", allowSuffix: true);
        using var scope = NewDisposeScope();
        using var inference = inference_mode();

        (_, Tensor layer) = passes.Clean(Inputs(reference));

        Assert.That(layer.shape, Is.EqualTo(reference.Shape("activations.conv_act")));
        Figures.AssertClose("activations of 'conv_act' [64, 4, 8]", layer.data<float>().ToArray(), reference.Floats("activations.conv_act"));
    }

    [TestCase(AblationKind.Zero, AblationPath.Suffix)]
    [TestCase(AblationKind.Zero, AblationPath.FullForward)]
    [TestCase(AblationKind.Mean, AblationPath.Suffix)]
    [TestCase(AblationKind.Mean, AblationPath.FullForward)]
    public void Ablation_effects_match_a_PyTorch_forward_hook(AblationKind kind, AblationPath path)
    {
        ReferenceTensors reference = Reference;
        string prefix = $"ablation.{kind.ToString().ToLowerInvariant()}.";
        string[] ablations = reference.Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        Assert.That(ablations, Has.Length.EqualTo(2), "the reference holds a unit and a channel ablation of each kind");
        using ParityTarget target = Target(LoadedModel());
        target.Prepare();

        foreach (string name in ablations)
        {
            // "ablation.<kind>.<layer>.<unit>": the layer's unit (or channel) that PyTorch's hook set to zero or to its mean.
            string layer = name[prefix.Length..name.LastIndexOf('.')];
            int unit = int.Parse(name[(name.LastIndexOf('.') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            using var passes = new ForwardPasses(target, layer, allowSuffix: path == AblationPath.Suffix);
            Assert.That(passes.Path, Is.EqualTo(path));
            using var scope = NewDisposeScope();
            using var inference = inference_mode();
            // The mean over the split, as ClaimCheck's mean ablation computes it (float64 sums, per unit and position).
            Tensor? mean = kind == AblationKind.Mean ? ReferenceMean.Compute(passes, target.Inputs, target.BatchSize, CPU, ScalarType.Float32) : null;
            Tensor input = Inputs(reference);

            (Tensor clean, Tensor output) = passes.Clean(input);
            var mask = new float[output.shape[1]];
            mask[unit] = 1;
            Tensor ablated = new Intervention(kind, onDirections: false, mean).Apply(output, null, tensor(mask, [1, mask.Length]));
            Tensor effect = passes.Ablated(input, ablated) - clean;

            Assert.That(effect.shape, Is.EqualTo(reference.Shape(name)));
            Assert.That(reference.Floats(name).Any(v => Math.Abs(v) > 1e-3), $"{name}: the ablated unit changes the outputs in PyTorch, so the comparison means something");
            Figures.AssertClose($"{kind.ToString().ToLowerInvariant()} ablation of {layer} unit {unit} ({path}), output change [64, 3]", effect.data<float>().ToArray(), reference.Floats(name));
        }
    }

    private static Tensor Inputs(ReferenceTensors reference) => tensor(reference.Floats("inputs"), reference.Shape("inputs"));

    private static float[] MaxOverLastDimension(ReferenceTensors reference, string name)
    {
        float[] values = reference.Floats(name);
        int last = (int)reference.Shape(name)[^1];
        return values.Chunk(last).Select(row => row.Max()).ToArray();
    }
}
