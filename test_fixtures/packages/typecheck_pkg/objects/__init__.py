import typing as ty

if ty.TYPE_CHECKING:
    from typecheck_pkg.objects.gizmo import *  # noqa
    from typecheck_pkg.objects.widget import *  # noqa
