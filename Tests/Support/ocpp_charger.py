#!/usr/bin/env python3
"""A simulated OCPP 1.6 charge point on the real `ocpp` package, for ChargeDesk's tests. It boots,
reports a connector status, answers TriggerMessage, uploads a diagnostics file on GetDiagnostics,
and reacts to Reset and ChangeAvailability as the chosen scenario says:
  recovers      Faulted until a soft reset, Available after it
  stays-faulted Faulted whatever happens
  healthy       Available from the start
Prints one line per event; exits when told to stop (SIGTERM) or when refused (exit 3)."""
import argparse, asyncio, base64, logging, os, signal, sys, urllib.request
from datetime import datetime, timezone

import websockets
from ocpp.routing import after, on
from ocpp.v16 import ChargePoint, call, call_result
from ocpp.v16.enums import (Action, AvailabilityStatus, ChargePointErrorCode, ChargePointStatus, DiagnosticsStatus,
                            RegistrationStatus, ResetStatus, TriggerMessageStatus)

parser = argparse.ArgumentParser()
parser.add_argument("--url", required=True)
parser.add_argument("--id", required=True)
parser.add_argument("--password")
parser.add_argument("--scenario", default="recovers", choices=["recovers", "stays-faulted", "healthy"])
parser.add_argument("--reboot-delay", type=float, default=0.5, help="seconds a reset keeps the charger away")
parser.add_argument("--log", default="2026-12-01T20:01:02Z WARN watchdog reset, firmware restarted\n")
args = parser.parse_args()
logging.basicConfig(level=logging.WARNING)
state = {"status": "Available" if args.scenario == "healthy" else "Faulted", "reconnect": False}


def say(text):
    print(text, flush=True)


def now():
    return datetime.now(timezone.utc).isoformat()


class Charger(ChargePoint):
    async def report(self):
        faulted = state["status"] == "Faulted"
        await self.call(call.StatusNotification(connector_id=1, status=ChargePointStatus(state["status"]),
                                                error_code=ChargePointErrorCode.ground_failure if faulted else ChargePointErrorCode.no_error,
                                                timestamp=now()))
        say(f"status {state['status']}")

    @on(Action.trigger_message)
    def on_trigger(self, requested_message, connector_id=None, **kwargs):
        say(f"trigger {requested_message}")
        return call_result.TriggerMessage(status=TriggerMessageStatus.accepted)

    @after(Action.trigger_message)
    async def after_trigger(self, requested_message, connector_id=None, **kwargs):
        if requested_message == "StatusNotification":
            await self.report()

    @on(Action.get_diagnostics)
    def on_get_diagnostics(self, location, **kwargs):
        say(f"diagnostics requested {location}")
        return call_result.GetDiagnostics(file_name="diagnostics.log")

    @after(Action.get_diagnostics)
    async def after_get_diagnostics(self, location, **kwargs):
        await self.call(call.DiagnosticsStatusNotification(status=DiagnosticsStatus.uploading))
        request = urllib.request.Request(location.rstrip("/") + "/diagnostics.log", data=args.log.encode(), method="PUT")
        status = await asyncio.get_running_loop().run_in_executor(None, lambda: urllib.request.urlopen(request).status)
        say(f"uploaded {status}")
        await self.call(call.DiagnosticsStatusNotification(status=DiagnosticsStatus.uploaded))

    @on(Action.reset)
    def on_reset(self, type, **kwargs):
        say(f"reset {type}")
        if args.scenario == "recovers" and type == "Soft":
            state["status"] = "Available"
        state["reconnect"] = True
        return call_result.Reset(status=ResetStatus.accepted)

    @after(Action.reset)
    async def after_reset(self, type, **kwargs):
        await asyncio.sleep(0.2)
        await self._connection.close()

    @on(Action.change_availability)
    def on_change_availability(self, connector_id, type, **kwargs):
        say(f"availability {connector_id} {type}")
        if type == "Inoperative":
            state["status"] = "Unavailable"
        return call_result.ChangeAvailability(status=AvailabilityStatus.accepted)

    @after(Action.change_availability)
    async def after_change_availability(self, connector_id, type, **kwargs):
        await self.report()

    @on(Action.get_configuration)
    def on_get_configuration(self, key=None, **kwargs):
        return call_result.GetConfiguration(configuration_key=[{"key": "HeartbeatInterval", "readonly": False, "value": "300"}])


async def session():
    headers = {}
    if args.password:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{args.id}:{args.password}".encode()).decode()
    try:
        connection = await websockets.connect(f"{args.url}/{args.id}", subprotocols=["ocpp1.6"], additional_headers=headers)
    except websockets.exceptions.InvalidStatus as error:
        say(f"refused {error}")
        sys.exit(3)
    except OSError:
        return  # the central system is not there (yet): try again
    except websockets.exceptions.InvalidHandshake as error:
        say(f"refused {error}")
        sys.exit(3)
    charger = Charger(args.id, connection)
    runner = asyncio.create_task(charger.start())
    response = await charger.call(call.BootNotification(charge_point_model="Sim 1", charge_point_vendor="ChargeDeskSim",
                                                        charge_point_serial_number="SIM-" + args.id, firmware_version="1.0"))
    say(f"boot {response.status}")
    await charger.report()
    try:
        await runner
    except websockets.exceptions.ConnectionClosed:
        pass
    say("disconnected")


async def main():
    while True:
        state["reconnect"] = False
        await session()
        await asyncio.sleep(args.reboot_delay if state["reconnect"] else 0.5)


# A test stops the charger with SIGTERM: leave at once, whatever is in flight.
signal.signal(signal.SIGTERM, lambda *_: os._exit(0))


asyncio.run(main())
