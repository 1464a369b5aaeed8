using System.Text.RegularExpressions;
using ClaimCheck.Reports;
using NUnit.Framework;

namespace ClaimCheck.Reporting.Tests;

/// <summary>
/// Opens the report of a real run in headless Chromium, as a reviewer would: the page must load from disk, its script
/// must find every image decoded to a non-zero size, and its screenshot must show a drawn page, not a blank one.
/// The report and the screenshot stay in the test's output folder (report/) and are attached to the result.
/// </summary>
[NonParallelizable]
public class BrowserTests
{
    private const int WindowWidth = 1280;
    private const int WindowHeight = 1600;

    private static string ReportFolder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "report");

    [OneTimeSetUp]
    public void WriteReport()
    {
        if (Directory.Exists(ReportFolder))
        {
            Directory.Delete(ReportFolder, recursive: true);
        }

        RunReport.Write(RealResults.Folder, ReportFolder);
    }

    [Test]
    public void Every_image_renders_with_a_natural_size()
    {
        string chromium = Chromium.Require();
        using var profile = new TempFolder();
        int expected = ClaimRecords.Read(RealResults.Folder).Sum(r => r.Counterexamples.Count + Plots.ClaimPlots.Render(r.Document).Count);

        string dom = Chromium.Run(chromium, Path.Combine(ReportFolder, RunReport.IndexFile), profile.Path, "--dump-dom");

        Assert.That(dom, Does.Contain("<table id=\"verdicts\">"), "the dumped DOM has no verdict table");
        Match check = Regex.Match(dom, "<p id=\"render-check\"[^>]*data-rendered=\"(\\d+)\"[^>]*>([^<]*)</p>");
        Assert.That(check.Success, Is.True, "the page's image check did not run (no data-rendered marker in the DOM)");
        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(check.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(expected), check.Groups[2].Value);
            Assert.That(check.Groups[2].Value, Is.EqualTo($"All {expected} images rendered."));
        });
    }

    [Test]
    public void The_screenshot_shows_a_drawn_page()
    {
        string chromium = Chromium.Require();
        using var profile = new TempFolder();
        string screenshot = Path.Combine(ReportFolder, "screenshot.png");

        Chromium.Run(chromium, Path.Combine(ReportFolder, RunReport.IndexFile), profile.Path,
            $"--screenshot={screenshot}", $"--window-size={WindowWidth},{WindowHeight}");

        Assert.That(screenshot, Does.Exist);
        TestContext.AddTestAttachment(screenshot, "the report's first screen in headless Chromium");
        TestContext.AddTestAttachment(Path.Combine(ReportFolder, RunReport.IndexFile), "the report");
        (int width, int height, double drawn) = PngPixels.Measure(File.ReadAllBytes(screenshot));
        Assert.Multiple(() =>
        {
            Assert.That((width, height), Is.EqualTo((WindowWidth, WindowHeight)));
            // Text, the verdict table and the first plots cover several percent of the first screen; a blank page or
            // an error page with one line of text does not reach 3%.
            Assert.That(drawn, Is.GreaterThan(0.03), "the screenshot is (nearly) blank");
        });
    }
}
