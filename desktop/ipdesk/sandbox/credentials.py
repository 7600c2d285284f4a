"""The sandbox's demo credentials: public, they open nothing but the built-in sandbox on loopback."""

DEMO_CLIENT_ID = "ipdesk-demo"
DEMO_CLIENT_SECRET = "ipdesk-demo-secret"
DEMO_API_KEY = "ipdesk-demo-key"
