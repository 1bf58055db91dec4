namespace Efus.Cms.Web.Setup;

/// <summary>Singleton flag behind <c>/health</c>: true once the database is migrated and set up.</summary>
public sealed class SetupState
{
    private volatile bool _ready;

    public bool Ready => _ready;

    public void MarkReady() => _ready = true;
}
