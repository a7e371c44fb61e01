#!/usr/bin/python3
# Builds gateway.jsonl: a gateway's MCP traffic log made of the specification's own example
# messages (../shared/samples/mcp/spec-draft-examples-2026-04-28, copied beside this script under
# spec/), each wrapped the way a gateway logs a message it forwarded. Only the envelopes, the
# timestamps and the pairing of ids are ours; so is the one policy denial (the samples have none).
import json, os

here = os.path.dirname(os.path.abspath(__file__))

def example(kind, name):
    with open(os.path.join(here, 'spec', kind, name)) as f:
        return json.load(f)

lines = []
clock = [0]
def log(message, direction, session='sess-7f3a', client='spiffe://test.example/agent/trip-planner',
        server='weather', **extra):
    clock[0] += 1
    envelope = {'time': '2026-11-20T10:00:%02d.%03dZ' % (clock[0], clock[0] * 7),
                'session': session, 'client': {'id': client}, 'server': server,
                'direction': direction, 'message': message}
    envelope.update(extra)
    lines.append(json.dumps(envelope, ensure_ascii=False, separators=(',', ':')))

log(example('InitializeRequest', 'initialize-request.json'), 'client_to_server')
log(example('InitializeResultResponse', 'initialize-result-response.json'), 'server_to_client')
log(example('InitializedNotification', 'initialized-notification.json'), 'client_to_server')
log(example('ListToolsRequest', 'list-tools-request.json'), 'client_to_server')
log(example('ListToolsResultResponse', 'list-tools-result-response.json'), 'server_to_client')
log(example('CallToolRequest', 'call-tool-request.json'), 'client_to_server')
log(example('CallToolResultResponse', 'call-tool-result-response.json'), 'server_to_client')
# A tool-level error: a successful JSON-RPC result that says isError.
bad_input = example('CallToolRequest', 'call-tool-request.json')
bad_input['id'] = 'book-flight-1'
bad_input['params'] = {'name': 'book_flight', 'arguments': {'departure': '2025-08-01'}}
log(bad_input, 'client_to_server')
log({'jsonrpc': '2.0', 'id': 'book-flight-1',
     'result': example('CallToolResult', 'invalid-tool-input-error.json')}, 'server_to_client')
# A protocol error: the tool does not exist.
unknown = {'jsonrpc': '2.0', 'id': 7, 'method': 'tools/call',
           'params': {'name': 'invalid_tool_name', 'arguments': {}}}
log(unknown, 'client_to_server')
log({'jsonrpc': '2.0', 'id': 7, 'error': example('InvalidParamsError', 'unknown-tool.json')},
    'server_to_client')
# The gateway's policy refuses a call (ours: the samples have no refusal).
log({'jsonrpc': '2.0', 'id': 8, 'method': 'tools/call',
     'params': {'name': 'delete_records', 'arguments': {'table': 'bookings'}}}, 'client_to_server')
log({'jsonrpc': '2.0', 'id': 8,
     'error': {'code': -32001, 'message': 'Access denied by gateway policy: delete_records'}},
    'server_to_client')
log(example('ReadResourceRequest', 'read-resource-request.json'), 'client_to_server')
log(example('ReadResourceResultResponse', 'read-resource-result-response.json'), 'server_to_client')
# The server asks the client's model (sampling): a request the other way.
sampling = example('CreateMessageRequest', 'sampling-request.json')
sampling.update({'jsonrpc': '2.0', 'id': 'sampling-1'})
log(sampling, 'server_to_client')
log({'jsonrpc': '2.0', 'id': 'sampling-1',
     'result': example('CreateMessageResult', 'text-response.json')}, 'client_to_server')
# A call the client gives up on.
log({'jsonrpc': '2.0', 'id': '123', 'method': 'tools/call',
     'params': {'name': 'get_forecast', 'arguments': {'days': 14}}}, 'client_to_server')
log(example('CancelledNotification', 'user-requested-cancellation.json'), 'client_to_server')
log(example('PingRequest', 'ping-request.json'), 'client_to_server')
log(example('PingResultResponse', 'ping-result-response.json'), 'server_to_client')
# Another gateway's spelling: epoch milliseconds, the message as a string, another client.
clock[0] += 1
lines.append(json.dumps({'timestamp': 1763632900123, 'sessionId': 'sess-b2', 'client_id': 'research-bot',
                         'server_name': 'github', 'payload': json.dumps(
                             {'jsonrpc': '2.0', 'id': 1, 'method': 'tools/call',
                              'params': {'name': 'search_code', 'arguments': {'q': 'token'}}})},
                        separators=(',', ':')))
# A call still in flight when the log was cut.
log({'jsonrpc': '2.0', 'id': 9, 'method': 'tools/call',
     'params': {'name': 'get_alerts', 'arguments': {'state': 'NY'}}}, 'client_to_server')

with open(os.path.join(here, 'gateway.jsonl'), 'w') as f:
    f.write('\n'.join(lines) + '\n')

# Lines a gateway should never write, each with its own fault.
bad = [
    'not json at all',
    json.dumps({'session': 's', 'message': example('CallToolRequest', 'call-tool-request.json')}),  # no time
    json.dumps({'time': '2026-11-20T10:00:00Z', 'message': {'jsonrpc': '1.0', 'id': 1, 'method': 'tools/call'}}),
    json.dumps({'time': '2026-11-20T10:00:00Z', 'message': {'jsonrpc': '2.0', 'id': 2, 'method': 'tools/call',
                                                           'params': {}}}),
    json.dumps({'time': '2026-11-20T10:00:00Z', 'message': {'jsonrpc': '2.0', 'id': 3}}),
    json.dumps({'time': '2026-11-20T10:00:00Z', 'session': 'elsewhere',
                'message': example('CallToolResultResponse', 'call-tool-result-response.json')}),
    json.dumps({'time': '2026-11-20T10:00:00Z', 'note': 'no message here'}),
]
with open(os.path.join(here, 'malformed.jsonl'), 'w') as f:
    f.write('\n'.join(bad) + '\n')
