from oslo_versionedobjects import fields as ovo_fields

StringField = ovo_fields.StringField
PROJECT_ONLY = 'only in typecheck_pkg.objects.fields'
