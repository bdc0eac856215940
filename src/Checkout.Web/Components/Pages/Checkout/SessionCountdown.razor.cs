using Microsoft.AspNetCore.Components;

namespace OpenCharge.Checkout.Web.Components.Pages.Checkout;

public sealed partial class SessionCountdown : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private bool _expiredRaised;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    [Parameter, EditorRequired]
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Raised once, when the time is up.</summary>
    [Parameter]
    public EventCallback OnExpired { get; set; }

    private string Remaining
    {
        get
        {
            var left = ExpiresAt - Time.GetUtcNow();
            if (left < TimeSpan.Zero)
            {
                left = TimeSpan.Zero;
            }
            return left.TotalHours >= 1 ? left.ToString(@"h\:mm\:ss", null) : left.ToString(@"mm\:ss", null);
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ = TickAsync(_stop.Token);
        }
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), Time);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(StateHasChanged);
                if (!_expiredRaised && Time.GetUtcNow() >= ExpiresAt)
                {
                    _expiredRaised = true;
                    await InvokeAsync(OnExpired.InvokeAsync);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }
}
