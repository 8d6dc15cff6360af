"""Fourth stage: a block's line reads into releases (`releases`), and the facts a block states outside
its lines' rules: a title alone on the first line, a system or region named anywhere (`facts`)."""
