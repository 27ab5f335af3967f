#!/usr/bin/env python3
"""A raw OCPP-J peer for protocol tests: connects (with a chosen subprotocol and password), sends
the given frames one by one and prints each answer on its own line. Modes:
  --silent          answer nothing the central system sends (to test its timeout)
  --call-while-pending  on the central system's first CALL, send our own Heartbeat CALL first,
                    print its answer, then answer the pending CALL
Exit 3 when the connection is refused."""
import argparse, asyncio, base64, json, sys

import websockets

parser = argparse.ArgumentParser()
parser.add_argument("--url", required=True)
parser.add_argument("--subprotocol", default="ocpp1.6")
parser.add_argument("--password")
parser.add_argument("--id", default="PROBE1")
parser.add_argument("--silent", action="store_true")
parser.add_argument("--call-while-pending", action="store_true")
parser.add_argument("--wait", type=float, default=0)
parser.add_argument("frames", nargs="*")
args = parser.parse_args()


async def main():
    headers = {}
    if args.password is not None:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{args.id}:{args.password}".encode()).decode()
    try:
        connection = await websockets.connect(f"{args.url}/{args.id}", subprotocols=[args.subprotocol] if args.subprotocol else None,
                                              additional_headers=headers, max_size=2**21)
    except Exception as error:
        print(f"refused {error}", flush=True)
        sys.exit(3)
    print(f"connected {connection.subprotocol}", flush=True)
    for frame in args.frames:
        await connection.send(frame)
        print(await connection.recv(), flush=True)
    if args.call_while_pending:
        pending = json.loads(await connection.recv())
        print(f"received {pending[2]}", flush=True)
        await connection.send(json.dumps([2, "hb-1", "Heartbeat", {}]))
        print(await connection.recv(), flush=True)
        await connection.send(json.dumps([3, pending[1], {"configurationKey": []}]))
    if args.silent or args.wait:
        # Read (and ignore) whatever comes until the time is up.
        deadline = asyncio.get_running_loop().time() + (args.wait or 60)
        while (left := deadline - asyncio.get_running_loop().time()) > 0:
            try:
                print("ignored " + (await asyncio.wait_for(connection.recv(), timeout=left))[:80], flush=True)
            except (asyncio.TimeoutError, websockets.exceptions.ConnectionClosed):
                break
    await asyncio.sleep(0.3)
    await connection.close()


asyncio.run(main())
