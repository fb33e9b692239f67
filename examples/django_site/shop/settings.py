"""Settings of the example shop; the engine and its account come from the environment.

``CAMUNDA_URL``               the engine's REST URL
``CAMUNDA_SERVICE_USER``,     the account the site talks to the engine with (unset:
``CAMUNDA_SERVICE_PASSWORD``  an engine without authentication)
``ORDER_PROCESS_KEY``,        the process the site starts and the topic its worker
``ORDER_CHARGE_TOPIC``        serves, so that sites (or test runs) can share an engine
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get(
    'DJANGO_SECRET_KEY', 'only-for-the-example-set-DJANGO_SECRET_KEY'
)
DEBUG = os.environ.get('DJANGO_DEBUG') == '1'
ALLOWED_HOSTS = ['localhost', '127.0.0.1']

# [camunda-settings]
CAMUNDA_URL = os.environ.get('CAMUNDA_URL', 'http://localhost:8080/engine-rest')
CAMUNDA_SERVICE_USER = os.environ.get('CAMUNDA_SERVICE_USER')
CAMUNDA_SERVICE_PASSWORD = os.environ.get('CAMUNDA_SERVICE_PASSWORD', '')
ORDER_PROCESS_KEY = os.environ.get('ORDER_PROCESS_KEY', 'django-order')
ORDER_CHARGE_TOPIC = os.environ.get('ORDER_CHARGE_TOPIC', 'django-charge-card')
#: Modules whose handlers ``manage.py camunda_worker`` runs.
CAMUNDA_WORKER_MODULES = ['orders.handlers']
# [/camunda-settings]

INSTALLED_APPS = [
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'orders',
]

# [middleware]
MIDDLEWARE = [
    'django.middleware.security.SecurityMiddleware',
    'django.contrib.sessions.middleware.SessionMiddleware',
    'django.middleware.common.CommonMiddleware',
    'django.middleware.csrf.CsrfViewMiddleware',
    'django.contrib.auth.middleware.AuthenticationMiddleware',
    'django.contrib.messages.middleware.MessageMiddleware',
    'orders.camunda.CamundaSessionMiddleware',
]
# [/middleware]

ROOT_URLCONF = 'shop.urls'
TEMPLATES = [
    {
        'BACKEND': 'django.template.backends.django.DjangoTemplates',
        'DIRS': [BASE_DIR / 'templates'],
        'APP_DIRS': True,
        'OPTIONS': {
            'context_processors': [
                'django.template.context_processors.request',
                'django.contrib.auth.context_processors.auth',
                'django.contrib.messages.context_processors.messages',
            ]
        },
    }
]
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': os.environ.get('DJANGO_DATABASE', BASE_DIR / 'db.sqlite3'),
    }
}
DEFAULT_AUTO_FIELD = 'django.db.models.BigAutoField'
LOGIN_URL = 'login'
LOGIN_REDIRECT_URL = 'inbox'
USE_TZ = True
TIME_ZONE = 'UTC'

# [logging]
LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'shop': {
            'format': '[shop] {asctime} {levelname} {name}: {message}',
            'style': '{',
        }
    },
    'handlers': {'console': {'class': 'logging.StreamHandler', 'formatter': 'shop'}},
    'loggers': {
        'pycamunda': {'handlers': ['console'], 'level': 'INFO'},  # the worker's log
        'orders': {'handlers': ['console'], 'level': 'INFO'},
    },
}
# [/logging]
