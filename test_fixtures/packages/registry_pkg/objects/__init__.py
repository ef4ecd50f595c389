def register_all():
    __import__('registry_pkg.objects.gadget')
    __import__('registry_pkg.objects.hidden')
    __import__('elsewhere.objects.thing')
