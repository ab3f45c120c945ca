"""A real S3-compatible server for the object-storage tests: moto's server mode (the S3
HTTP API on a local port), started once per test session, with the two buckets the
settings name. The site reaches it through django-storages and boto3, as it would S3."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import boto3
import pytest

MEDIA_BUCKET = "neglect-media"
PRIVATE_BUCKET = "neglect-private"
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
    "AWS_DEFAULT_REGION": "eu-west-2",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """The endpoint URL of a moto S3 server running for this session."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, **CREDENTIALS},
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{endpoint}/moto-api/", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError("moto's S3 server did not start")
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def s3(s3_server, monkeypatch, settings):
    """STORAGES pointed at empty buckets on the S3 server, the way the environment
    configures production (cms.settings.base.object_storages); yields a boto3 client."""
    from cms.settings.base import object_storages

    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AWS_STORAGE_BUCKET_NAME", MEDIA_BUCKET)
    monkeypatch.setenv("AWS_PRIVATE_BUCKET_NAME", PRIVATE_BUCKET)
    monkeypatch.setenv("AWS_S3_ENDPOINT_URL", s3_server)
    monkeypatch.setenv("AWS_S3_REGION_NAME", CREDENTIALS["AWS_DEFAULT_REGION"])
    client = boto3.client("s3", endpoint_url=s3_server, region_name="eu-west-2")
    for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
        client.create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": "eu-west-2"}
        )
    settings.STORAGES = {**settings.STORAGES, **object_storages()}
    yield client
    for bucket in (MEDIA_BUCKET, PRIVATE_BUCKET):
        for item in client.list_objects_v2(Bucket=bucket).get("Contents", []):
            client.delete_object(Bucket=bucket, Key=item["Key"])
        client.delete_bucket(Bucket=bucket)


def keys(client, bucket: str) -> list[str]:
    return sorted(item["Key"] for item in client.list_objects_v2(Bucket=bucket).get("Contents", []))
