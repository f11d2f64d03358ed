console.log("eval: todo");
