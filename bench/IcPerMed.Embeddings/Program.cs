using IcPerMed.Embeddings;

// The embed program (issue 18 lever), formerly `icpermed embed`: the same options and output. Outside the solution,
// so the product carries neither ONNX Runtime nor the model (README.md says why and how to run it).
return await EmbedCommand.Create().Parse(args).InvokeAsync().ConfigureAwait(false);
