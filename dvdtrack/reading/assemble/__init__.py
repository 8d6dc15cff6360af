"""Fourth stage: a block's line reads into releases (`releases`), and the facts a block states outside
its lines' rules: a title alone on the first line, a system or region named anywhere (`facts`); a title
in a release's head or again below it, titles cleaned of headlines, editions and page chrome (`heads`);
a label named without `Label:` (`labels`)."""
